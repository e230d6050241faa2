import {
  addQuestions,
  createSet,
  createTeacher,
  liveAnswersChannel,
  liveChannel,
  moveLiveSession,
  publishSet,
  startLiveSession,
  type Database
} from '@newsquiz/db';
import { databaseTargets, type ScratchDatabase } from '@newsquiz/db/test-databases';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { liveEventStream } from './live-events';

describe.for(databaseTargets())('the live events stream on $kind', (target) => {
  let scratch: ScratchDatabase;
  let database: Database;
  /** The server the stream is served from: on PostgreSQL a second handle, as a second app server. */
  let streaming: Database;
  beforeAll(async () => {
    scratch = await target.create();
    database = await scratch.open();
    streaming = target.kind === 'postgres' ? await scratch.open() : database;
  }, 60_000);
  afterAll(async () => {
    if (streaming !== database) await streaming?.close();
    await database?.close();
    await scratch?.remove();
  });

  async function liveSession() {
    const teacher = await createTeacher(database.db, {
      email: `live-${target.kind}-${Date.now()}@school.example`,
      displayName: 'Ms. Live',
      password: 'correct horse battery'
    });
    const set = await createSet(database.db, teacher.id, { articleId: 'kerman-2024', title: 'Live' });
    await addQuestions(database.db, teacher.id, set.id, [
      { snapshot: { id: 'q-1', type: 'true-false', stem: 'One?' } },
      { snapshot: { id: 'q-2', type: 'true-false', stem: 'Two?' } }
    ]);
    await publishSet(database.db, teacher.id, set.id);
    return { teacher, session: await startLiveSession(database.db, teacher.id, set.id) };
  }

  test('it sends the session as it is, then each move made through any server, and ends when the page goes', async () => {
    const { teacher, session } = await liveSession();
    const leaving = new AbortController();
    const response = liveEventStream(
      streaming.listen,
      [liveChannel(session.id), liveAnswersChannel(session.id)],
      async () => ({ kind: 'state', version: 0 }),
      leaving.signal
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const next = async () => new TextDecoder().decode((await reader.read()).value);
    const nextEvent = async () => {
      const text = await next();
      expect(text).toMatch(/^data: .*\n\n$/);
      return JSON.parse(text.slice('data: '.length));
    };
    expect(await next()).toBe('retry: 2000\ndata: {"kind":"state","version":0}\n\n');
    await moveLiveSession(database.db, teacher.id, session.id, 'open');
    expect(await nextEvent()).toEqual({ kind: 'state', version: 1, state: 'open' });
    await moveLiveSession(database.db, teacher.id, session.id, 'close');
    expect(await nextEvent()).toEqual({ kind: 'state', version: 2, state: 'closed' });
    leaving.abort();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });
});

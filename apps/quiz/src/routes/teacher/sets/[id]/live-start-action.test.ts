import {
  addQuestions,
  createSet,
  createTeacher,
  listLiveSessions,
  openDatabase,
  publishSet,
  type Database
} from '@newsquiz/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outcomeOf } from '$lib/server/platform/test-requests';
import type { RequestEvent } from './$types';
import { actions } from './+page.server';

describe('the set page’s start of a live session, with its options', () => {
  let database: Database;
  let teacher: Awaited<ReturnType<typeof createTeacher>>;
  let setId: string;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    teacher = await createTeacher(database.db, {
      email: 'live-options@example.org',
      displayName: 'Fair',
      password: 'a long enough password'
    });
    setId = (await createSet(database.db, teacher.id, { articleId: 'kerman-2024', title: 'Live' })).id;
    const snapshot = { id: 'q-1', type: 'single-choice', stem: 'Which?', options: ['a', 'b'], key: 0 };
    await addQuestions(database.db, teacher.id, setId, [{ sourceQuestionId: 'q-1', snapshot }]);
    await publishSet(database.db, teacher.id, setId);
  }, 60_000);
  afterAll(() => database?.close());

  /** Posts the start form, as `who` (the owner unless told). */
  function start(fields: Record<string, string>, who = teacher) {
    const url = new URL(`http://localhost:3000/teacher/sets/${setId}?/startLive`);
    const event = {
      locals: { db: database.db, teacher: who },
      url,
      params: { id: setId },
      request: new Request(url, { method: 'POST', body: new URLSearchParams(fields) })
    };
    return outcomeOf(() => actions.startLive!(event as unknown as RequestEvent));
  }
  const sessions = () => listLiveSessions(database.db, teacher.id, setId);

  test('bad options are a 400 naming the field, keeping what was posted, and start nothing', async () => {
    const refusals = [
      [{ questionSeconds: '9' }, 'live-seconds', 'from 10 to 600'],
      [{ questionSeconds: '601', speedPoints: 'on' }, 'live-seconds', 'from 10 to 600'],
      [{ questionSeconds: 'ten' }, 'live-seconds', 'from 10 to 600'],
      [{}, 'live-seconds', 'from 10 to 600'],
      [{ questionSeconds: '', speedPoints: 'yes' }, 'live-speed', 'ticked or not']
    ] as const;
    for (const [fields, input, words] of refusals) {
      const outcome = await start(fields);
      expect(outcome, JSON.stringify(fields)).toMatchObject({ kind: 'refused', status: 400 });
      if (outcome.kind !== 'refused') continue;
      const problems = outcome.data.fields ?? {};
      expect(Object.keys(problems), JSON.stringify(fields)).toEqual([input]);
      expect(problems[input]![0]).toContain(words);
      expect(outcome.data).toMatchObject({
        live: true,
        liveValues: { questionSeconds: 'questionSeconds' in fields ? fields.questionSeconds : '' }
      });
    }
    expect(await sessions()).toEqual([]);
  });

  test('by default questions are not timed and speed earns nothing; the options chosen are kept', async () => {
    expect(await start({ questionSeconds: '' })).toMatchObject({ kind: 'redirect', status: 303 });
    expect(await start({ questionSeconds: ' 45 ', speedPoints: 'on' })).toMatchObject({ kind: 'redirect' });
    const [timed, fair] = await sessions();
    expect(fair).toMatchObject({ questionSeconds: null, speedPoints: false, leaderboardShown: false });
    expect(timed).toMatchObject({ questionSeconds: 45, speedPoints: true });
  });

  test('another teacher starts nothing', async () => {
    const stranger = await createTeacher(database.db, {
      email: 'live-stranger@example.org',
      displayName: 'Stranger',
      password: 'a long enough password'
    });
    expect(await start({ questionSeconds: '' }, stranger)).toMatchObject({ kind: 'error', status: 404 });
  });
});

import { addQuestions, createTeacher, listLiveSessions, publishSet, type Teacher } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { outcomeOf } from '$lib/server/platform/test-requests';
import { setActionEvent, useTeacherSet } from '$lib/server/sets/teacher-set-fixture';
import type { RequestEvent } from './$types';
import { actions } from './+page.server';

describe('the set page’s start of a live session, with its options', () => {
  const set = useTeacherSet({
    email: 'live-options@example.org',
    title: 'Live',
    prepare: async ({ database, teacher, setId }) => {
      const snapshot = { id: 'q-1', type: 'single-choice', stem: 'Which?', options: ['a', 'b'], key: 0 };
      await addQuestions(database.db, teacher.id, setId, [{ sourceQuestionId: 'q-1', snapshot }]);
      await publishSet(database.db, teacher.id, setId);
    }
  });

  /** Posts the start form, as `who` (the owner unless told). */
  const start = (fields: Record<string, string>, who?: Teacher | null) =>
    outcomeOf(() =>
      actions.startLive!(setActionEvent<RequestEvent>(set, '?/startLive', new URLSearchParams(fields), who))
    );
  const sessions = () => listLiveSessions(set.database.db, set.teacher.id, set.setId);

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
    const stranger = await createTeacher(set.database.db, {
      email: 'live-stranger@example.org',
      displayName: 'Stranger',
      password: 'a long enough password'
    });
    expect(await start({ questionSeconds: '' }, stranger)).toMatchObject({ kind: 'error', status: 404 });
  });
});

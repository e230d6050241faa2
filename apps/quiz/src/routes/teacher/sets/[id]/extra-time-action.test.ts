import { createTeacher, listExtraTimes, type Teacher } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { outcomeOf } from '$lib/server/platform/test-requests';
import { setActionEvent, useTeacherSet } from '$lib/server/sets/teacher-set-fixture';
import type { RequestEvent } from './$types';
import { actions } from './+page.server';

describe('the extra-time actions of the set page', () => {
  const set = useTeacherSet({
    email: 'extra-time@example.org',
    title: 'Timed',
    settings: { timeLimitMinutes: 20 }
  });

  /** Posts a form to an action of the set page, as `who` (the owner unless told). */
  const post = (
    action: 'extraTime' | 'removeExtraTime',
    fields: Record<string, string>,
    who?: Teacher | null
  ) =>
    outcomeOf(() =>
      actions[action]!(setActionEvent<RequestEvent>(set, `?/${action}`, new URLSearchParams(fields), who))
    );
  const stored = () => listExtraTimes(set.database.db, set.teacher.id, set.setId);

  test('bad input is a 400 naming the field, and nothing is stored', async () => {
    const refusals = [
      [
        { studentName: ' ', amount: '50', unit: 'percent' },
        'extra-name',
        'Enter the name the student joins with.'
      ],
      [
        { studentName: '\u200b', amount: '50', unit: 'percent' },
        'extra-name',
        'at least one letter or digit'
      ],
      [{ studentName: 'Ava', amount: '601', unit: 'minutes' }, 'extra-amount', 'from 1 to 600'],
      [{ studentName: 'Ava', amount: '1.5', unit: 'percent' }, 'extra-amount', 'from 1 to 400'],
      [{ studentName: 'Ava', amount: '50', unit: 'hours' }, 'extra-unit', 'Choose percent']
    ] as const;
    for (const [fields, input, words] of refusals) {
      const outcome = await post('extraTime', fields);
      expect(outcome, input).toMatchObject({ kind: 'refused', status: 400 });
      const problems = outcome.kind === 'refused' ? (outcome.data.fields ?? {}) : {};
      expect(Object.keys(problems), JSON.stringify(fields)).toEqual([input]);
      expect(problems[input]![0]).toContain(words);
    }
    expect(await stored()).toEqual([]);
  });

  test('the owner gives and takes back extra time; removing a name without any is a 400', async () => {
    expect(await post('extraTime', { studentName: 'Ava Li', amount: '10', unit: 'minutes' })).toMatchObject({
      kind: 'answered',
      data: { extraTimeGiven: 'Ava Li' }
    });
    expect(await stored()).toEqual([{ studentName: 'Ava Li', percent: 0, minutes: 10 }]);
    expect(await post('removeExtraTime', { studentName: 'ava li' })).toMatchObject({
      kind: 'answered',
      data: { extraTimeRemoved: 'ava li' }
    });
    expect(await post('removeExtraTime', { studentName: 'Ava Li' })).toMatchObject({
      kind: 'refused',
      status: 400,
      data: { message: 'Ava Li has no extra time in this quiz.' }
    });
    expect(await stored()).toEqual([]);
  });

  test('another teacher, or no teacher, changes nothing', async () => {
    const stranger = await createTeacher(set.database.db, {
      email: 'stranger@example.org',
      displayName: 'Stranger',
      password: 'a long enough password'
    });
    const fields = { studentName: 'Ben', amount: '50', unit: 'percent' };
    expect(await post('extraTime', fields, stranger)).toMatchObject({ kind: 'error', status: 404 });
    expect(await post('extraTime', fields, null)).toMatchObject({ kind: 'redirect' });
    expect(await stored()).toEqual([]);
  });
});

import { getSet } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { maxGiftLength, maxStemLength } from '$lib/server/platform/limits';
import { setActionEvent, useTeacherSet } from '$lib/server/sets/teacher-set-fixture';
import type { RequestEvent } from './$types';
import { actions } from './+page.server';

describe('the GIFT import action', () => {
  const set = useTeacherSet({ email: 'importer@example.org', title: 'Imports' });

  /** Posts the import form as the set's owner, the way the page does. */
  function post(text: string, evidence = { paragraph: 'p7', quote: 'The U.S. secretly warned Iran' }) {
    const form = new FormData();
    const fields = { text, topic: 'the-attack', skill: 'recall', ...evidence };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return actions.default!(setActionEvent<RequestEvent>(set, '/import', form));
  }

  const storedQuestions = async () =>
    (await getSet(set.database.db, set.teacher.id, set.setId)).questions.length;

  test('refuses a text past the whole cap before reading it, and stores nothing', async () => {
    const outcome = await post(`Where? {=Kerman ~Tehran ~Isfahan}\n\n${'x'.repeat(maxGiftLength)}`);
    expect(outcome).toMatchObject({
      status: 400,
      data: { fields: { text: ['Keep the GIFT text under 200 KB; split a larger file in parts.'] } }
    });
    expect(await storedQuestions()).toBe(0);
  });

  test('leaves out the 200 KB stem of the attack by its line, field and cap, and adds the rest', async () => {
    const stem = `Q${' '.repeat(204700)}x`;
    const before = await storedQuestions();
    const outcome = await post(`${stem} {T}\n\nWhere? {=Kerman ~Tehran ~Isfahan}`);
    expect(outcome).toEqual({
      added: 1,
      notGrounded: 0,
      skipped: [`Line 1: the stem has ${stem.length} characters; the most is ${maxStemLength}.`],
      notes: []
    });
    const stored = (await getSet(set.database.db, set.teacher.id, set.setId)).questions.slice(before);
    expect(stored.map((question) => question.snapshot['stem'])).toEqual(['Where?']);
  });

  test('stores a file within the caps', async () => {
    const before = await storedQuestions();
    expect(await post('Where did the bombings happen? {=Kerman ~Tehran ~Isfahan}')).toEqual({
      added: 1,
      notGrounded: 0,
      skipped: [],
      notes: []
    });
    expect(await storedQuestions()).toBe(before + 1);
  });

  test('stores a question from another tool as not grounded when no evidence is given', async () => {
    const before = await storedQuestions();
    const outcome = await post('::Where:: Where? {=Kerman ~Tehran ~Isfahan}', { paragraph: '', quote: '' });
    expect(outcome).toMatchObject({ added: 1, notGrounded: 1 });
    const [stored] = (await getSet(set.database.db, set.teacher.id, set.setId)).questions.slice(before);
    expect(stored!.snapshot).toMatchObject({ stem: 'Where?', evidence: [], grounded: false });
    // The set's lists read the row's flag, not the snapshot's.
    expect(stored!.grounded).toBe(false);
  });

  test('stores nothing when no question of the file can be taken', async () => {
    const before = await storedQuestions();
    const outcome = await post('How many died? {#lots}\n\nEssay? {}');
    expect(outcome).toMatchObject({
      status: 400,
      data: {
        problems: [
          'Line 1: "lots" is not a number, number:tolerance or min..max.',
          'Line 3: essay questions ({}) cannot be graded here.'
        ]
      }
    });
    expect(await storedQuestions()).toBe(before);
  });
});

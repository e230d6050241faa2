import {
  addQuestions,
  createSet,
  createTeacher,
  getSet,
  openDatabase,
  removeQuestion,
  reorderQuestions,
  type Database
} from '@newsquiz/db';
import { generateBank } from '@newsquiz/question-bank';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { changeOwnedSet } from './set-change';

describe('a refused change to a set, as the teacher reads it', () => {
  let database: Database;
  let teacherId: string;
  let setId: string;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    teacherId = (
      await createTeacher(database.db, {
        email: 'changer@example.org',
        displayName: 'Changer',
        password: 'a long enough password'
      })
    ).id;
    setId = (await createSet(database.db, teacherId, { articleId: 'kerman-2024', title: 'Changes' })).id;
    const { questions } = generateBank(getFactBase(), { seed: 3, count: 3 });
    await addQuestions(
      database.db,
      teacherId,
      setId,
      questions.map((question) => ({ sourceQuestionId: question.id, snapshot: question }))
    );
  }, 60_000);
  afterAll(() => database?.close());

  const order = async () => (await getSet(database.db, teacherId, setId)).questions.map((row) => row.id);

  test('a question no longer in the set is named in words, with no id, and nothing changes', async () => {
    const before = await order();
    const gone = '00000000-0000-4000-8000-000000000099';
    const outcome = await changeOwnedSet(() => removeQuestion(database.db, teacherId, setId, gone));
    expect(outcome).toMatchObject({
      status: 400,
      data: {
        message: 'That question is no longer in this quiz. Reload the page to see the quiz as it is now.'
      }
    });
    expect(JSON.stringify(outcome)).not.toContain(gone);
    expect(await order()).toEqual(before);
  });

  test('an order that leaves a question out says so in words, not as a field of the code', async () => {
    const before = await order();
    const outcome = await changeOwnedSet(() =>
      reorderQuestions(database.db, teacherId, setId, before.slice(1))
    );
    expect(outcome).toMatchObject({
      status: 400,
      data: {
        message:
          'The new order must list every question of this quiz once. The quiz may have changed since the page was shown: reload it and try again.'
      }
    });
    expect(JSON.stringify(outcome)).not.toContain('orderedIds');
    expect(await order()).toEqual(before);
  });
});

import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { joinCodeAlphabet } from './join-code.ts';
import {
  addQuestions,
  closeSet,
  createSet,
  deleteSet,
  duplicateSet,
  findOpenSet,
  findOpenSetByJoinCode,
  getSet,
  getSetForStudent,
  listSets,
  moveQuestion,
  publishSet,
  removeQuestion,
  reorderQuestions,
  replaceQuestion,
  restoreQuestion,
  updateSet
} from './question-sets.ts';
import { startAttempt } from './attempts.ts';
import { attempts, questionSets, setQuestions } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import {
  createFixtureTeacher,
  createTeacherWithSet,
  sampleQuestion,
  setAttemptInput,
  useScratchDatabase
} from './test-fixtures.ts';

const stems = (questions: { snapshot: Record<string, unknown> }[]) => questions.map((q) => q.snapshot.stem);

describe.for(databaseTargets())('question sets on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('a new set is a draft with the default settings', async () => {
    const teacher = await createFixtureTeacher(db());
    const set = await createSet(db(), teacher.id, { articleId: 'kerman-2024', title: '  Kerman  ' });
    expect(set).toMatchObject({ title: 'Kerman', status: 'draft', joinCode: null, instructions: '' });
    expect(set.settings).toEqual({
      layout: 'one-per-page',
      shuffleQuestions: false,
      shuffleOptions: false,
      drawCount: null,
      feedback: 'immediate',
      timeLimitMinutes: null,
      attemptsAllowed: 1
    });
  });

  test('bad settings name the field and change nothing', async () => {
    const { teacher, set } = await createTeacherWithSet(db());
    const error = await updateSet(db(), teacher.id, set.id, {
      title: 'New title',
      settings: { feedback: 'sometimes', timeLimitMinutes: -5 } as never
    }).catch((e: unknown) => e);
    expect(isStorageError(error, 'invalid-input')).toBe(true);
    if (!isStorageError(error, 'invalid-input')) return;
    expect(error.problem.issues.map((issue) => issue.path).sort()).toEqual([
      'settings.feedback',
      'settings.timeLimitMinutes'
    ]);
    expect((await getSet(db(), teacher.id, set.id)).title).toBe('Kerman, week 1');
  });

  test('questions are added at the end, moved, reordered, replaced and removed', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 3 });
    const [q0, q1, q2] = questions.map((q) => q.id);
    expect(stems(questions)).toEqual(['Question 0?', 'Question 1?', 'Question 2?']);

    expect(stems(await moveQuestion(db(), teacher.id, set.id, q2!, 'up'))).toEqual([
      'Question 0?',
      'Question 2?',
      'Question 1?'
    ]);
    expect(stems(await moveQuestion(db(), teacher.id, set.id, q0!, 'up'))).toEqual([
      'Question 0?',
      'Question 2?',
      'Question 1?'
    ]);
    expect(stems(await reorderQuestions(db(), teacher.id, set.id, [q1!, q0!, q2!]))).toEqual([
      'Question 1?',
      'Question 0?',
      'Question 2?'
    ]);

    const replacement = await replaceQuestion(db(), teacher.id, set.id, q0!, {
      stem: 'Question 0, clearer?'
    });
    expect(replacement.position).toBe(1);
    await removeQuestion(db(), teacher.id, set.id, q1!);
    const current = (await getSet(db(), teacher.id, set.id)).questions;
    expect(stems(current)).toEqual(['Question 0, clearer?', 'Question 2?']);
    expect(current.map((q) => q.position)).toEqual([0, 1]);

    const retired = await db()
      .select()
      .from(setQuestions)
      .where(and(eq(setQuestions.setId, set.id), isNotNull(setQuestions.retiredAt)));
    expect(stems(retired).sort()).toEqual(['Question 0?', 'Question 1?']);

    const added = await addQuestions(db(), teacher.id, set.id, [sampleQuestion(9)]);
    expect(added[0]!.position).toBe(2);
  });

  test('a bank question already in the set is refused, even in one batch, and nothing is added', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 2 });
    const again = { sourceQuestionId: questions[0]!.sourceQuestionId, snapshot: questions[0]!.snapshot };
    await expect(addQuestions(db(), teacher.id, set.id, [again])).rejects.toSatisfy(
      (error) => isStorageError(error, 'invalid-input') && error.message.includes('already in this set')
    );
    await expect(
      addQuestions(db(), teacher.id, set.id, [sampleQuestion(7), sampleQuestion(7)])
    ).rejects.toSatisfy((error) => isStorageError(error, 'invalid-input'));
    expect((await getSet(db(), teacher.id, set.id)).questions).toHaveLength(2);
  });

  test('a reorder that does not list each question once is refused and changes nothing', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 3 });
    const ids = questions.map((q) => q.id);
    for (const orderedIds of [
      ids.slice(1),
      [ids[0]!, ids[0]!, ids[1]!],
      [...ids].reverse().concat(ids[0]!)
    ]) {
      await expect(reorderQuestions(db(), teacher.id, set.id, orderedIds)).rejects.toSatisfy((error) =>
        isStorageError(error, 'invalid-input')
      );
    }
    expect(stems((await getSet(db(), teacher.id, set.id)).questions)).toEqual(stems(questions));
  });

  test('an empty set cannot be published', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 0 });
    await expect(publishSet(db(), teacher.id, set.id)).rejects.toSatisfy((error) =>
      isStorageError(error, 'set-empty')
    );
    expect((await getSet(db(), teacher.id, set.id)).status).toBe('draft');
  });

  test('publishing gives a readable join code that is kept through close and reopen', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 2 });
    const published = await publishSet(db(), teacher.id, set.id);
    expect(published.status).toBe('published');
    expect(published.joinCode).toMatch(new RegExp(`^[${joinCodeAlphabet}]{6}$`));
    const code = published.joinCode!;

    const opened = await findOpenSetByJoinCode(db(), ` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `);
    expect(opened?.id).toBe(set.id);
    expect(opened?.questions).toHaveLength(2);

    expect((await findOpenSet(db(), set.id))?.questions).toHaveLength(2);
    await closeSet(db(), teacher.id, set.id);
    expect(await findOpenSetByJoinCode(db(), code)).toBeNull();
    expect(await findOpenSet(db(), set.id)).toBeNull();
    const reopened = await publishSet(db(), teacher.id, set.id);
    expect(reopened.joinCode).toBe(code);
    expect(reopened.publishedAt).toEqual(published.publishedAt);
    expect(await findOpenSetByJoinCode(db(), 'OOO111')).toBeNull();
  });

  test("another teacher's set is not found by any of its functions, and stays as it was", async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 2 });
    const intruder = await createFixtureTeacher(db());
    const before = await getSet(db(), teacher.id, set.id);
    const q = questions[0]!.id;
    const calls = [
      () => getSet(db(), intruder.id, set.id),
      () => updateSet(db(), intruder.id, set.id, { title: 'Mine now' }),
      () => addQuestions(db(), intruder.id, set.id, [sampleQuestion(5)]),
      () => removeQuestion(db(), intruder.id, set.id, q),
      () => replaceQuestion(db(), intruder.id, set.id, q, { stem: 'x' }),
      () => moveQuestion(db(), intruder.id, set.id, q, 'down'),
      () => reorderQuestions(db(), intruder.id, set.id, questions.map((x) => x.id).reverse()),
      () => publishSet(db(), intruder.id, set.id),
      () => closeSet(db(), intruder.id, set.id),
      () => duplicateSet(db(), intruder.id, set.id)
    ];
    for (const call of calls) {
      await expect(call()).rejects.toSatisfy((error) => isStorageError(error, 'not-found'));
    }
    expect(await getSet(db(), teacher.id, set.id)).toEqual(before);
    expect(await listSets(db(), intruder.id)).toEqual([]);
  });

  test('a forged set id is a clear input error', async () => {
    const teacher = await createFixtureTeacher(db());
    const error = await getSet(db(), teacher.id, "1' or '1'='1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('input: must be a set id');
  });

  test('a student learns a set’s title and instructions, and nothing of its owner or code', async () => {
    const { set } = await createTeacherWithSet(db(), { questions: 1, publish: true });
    expect(await getSetForStudent(db(), set.id)).toEqual({
      id: set.id,
      title: 'Kerman, week 1',
      instructions: '',
      status: 'published',
      settings: set.settings
    });
    expect(await getSetForStudent(db(), '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  test('undoing a removal puts the same row back at its place', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 4 });
    await removeQuestion(db(), teacher.id, set.id, questions[1]!.id);
    const restored = await restoreQuestion(db(), teacher.id, set.id, questions[1]!.id);
    expect(restored.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(restored.map((q) => q.position)).toEqual([0, 1, 2, 3]);
    // The last question goes back last, even after others moved in between.
    await removeQuestion(db(), teacher.id, set.id, questions[3]!.id);
    await removeQuestion(db(), teacher.id, set.id, questions[0]!.id);
    const again = await restoreQuestion(db(), teacher.id, set.id, questions[3]!.id);
    expect(stems(again)).toEqual(['Question 1?', 'Question 2?', 'Question 3?']);
  });

  test('only a removal is undone: a current question, an edited one or a bank question added again is refused', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 3 });
    const refusal = (id: string) => restoreQuestion(db(), teacher.id, set.id, id).catch((e: unknown) => e);
    expect(isStorageError(await refusal(questions[0]!.id), 'question-not-in-set')).toBe(true);
    await replaceQuestion(db(), teacher.id, set.id, questions[1]!.id, { stem: 'Edited?' });
    expect(isStorageError(await refusal(questions[1]!.id), 'question-not-in-set')).toBe(true);
    // A teacher's own question has no bank id to tell its edit by.
    const [own] = await addQuestions(db(), teacher.id, set.id, [{ snapshot: { stem: 'Mine?' } }]);
    await replaceQuestion(db(), teacher.id, set.id, own!.id, { stem: 'Mine, edited?' });
    expect(isStorageError(await refusal(own!.id), 'question-not-in-set')).toBe(true);
    await removeQuestion(db(), teacher.id, set.id, questions[2]!.id);
    await addQuestions(db(), teacher.id, set.id, [sampleQuestion(2)]);
    expect(isStorageError(await refusal(questions[2]!.id), 'question-not-in-set')).toBe(true);
    const current = await getSet(db(), teacher.id, set.id);
    expect(stems(current.questions)).toEqual(['Question 0?', 'Edited?', 'Mine, edited?', 'Question 2?']);
    const intruder = await createFixtureTeacher(db());
    await removeQuestion(db(), teacher.id, set.id, questions[0]!.id);
    const stranger = await restoreQuestion(db(), intruder.id, set.id, questions[0]!.id).catch(
      (e: unknown) => e
    );
    expect(isStorageError(stranger, 'not-found')).toBe(true);
  });

  test('a question saved without evidence stays flagged through an edit and a duplicate', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 1 });
    const [own] = await addQuestions(db(), teacher.id, set.id, [
      { sourceQuestionId: null, snapshot: { stem: 'Mine?' }, grounded: false }
    ]);
    expect(own!.grounded).toBe(false);
    const edited = await replaceQuestion(db(), teacher.id, set.id, own!.id, { stem: 'Mine, edited?' }, false);
    expect(edited.grounded).toBe(false);
    const copy = await duplicateSet(db(), teacher.id, set.id);
    expect(copy.questions.map((q) => q.grounded)).toEqual([true, false]);
    const cited = await replaceQuestion(db(), teacher.id, set.id, edited.id, { stem: 'Cited?' }, true);
    expect(cited.grounded).toBe(true);
  });

  test('a deleted set is gone for its teacher and its code, while its attempts stay', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 2, publish: true });
    const { attempt } = await startAttempt(db(), setAttemptInput(set.id, questions));
    await deleteSet(db(), teacher.id, set.id);
    expect(isStorageError(await getSet(db(), teacher.id, set.id).catch((e: unknown) => e), 'not-found')).toBe(
      true
    );
    expect(await listSets(db(), teacher.id)).toEqual([]);
    expect(await findOpenSetByJoinCode(db(), set.joinCode!)).toBeNull();
    expect(await findOpenSet(db(), set.id)).toBeNull();
    const refused = await startAttempt(db(), setAttemptInput(set.id, questions)).catch((e: unknown) => e);
    expect(isStorageError(refused, 'set-not-open')).toBe(true);
    const [kept] = await db().select().from(attempts).where(eq(attempts.id, attempt.id));
    expect(kept?.setId).toBe(set.id);
    // Nothing of it answers to the teacher any more: publishing it again, or deleting it twice.
    for (const again of [publishSet, deleteSet]) {
      const error = await again(db(), teacher.id, set.id).catch((e: unknown) => e);
      expect(isStorageError(error, 'not-found')).toBe(true);
    }
  });

  test('another teacher cannot delete a set', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 1 });
    const intruder = await createFixtureTeacher(db());
    const error = await deleteSet(db(), intruder.id, set.id).catch((e: unknown) => e);
    expect(isStorageError(error, 'not-found')).toBe(true);
    expect((await getSet(db(), teacher.id, set.id)).id).toBe(set.id);
  });

  test('a duplicate is a draft copy with the current questions and no join code', async () => {
    const { teacher, set, questions } = await createTeacherWithSet(db(), { questions: 3, publish: true });
    await removeQuestion(db(), teacher.id, set.id, questions[1]!.id);
    const copy = await duplicateSet(db(), teacher.id, set.id);
    expect(copy).toMatchObject({ title: 'Kerman, week 1 (copy)', status: 'draft', joinCode: null });
    expect(stems(copy.questions)).toEqual(['Question 0?', 'Question 2?']);
    expect(copy.questions.map((q) => q.position)).toEqual([0, 1]);
  });

  test('the dashboard lists a teacher’s sets with question counts', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 4 });
    const second = await createSet(db(), teacher.id, { articleId: 'kerman-2024', title: 'Empty' });
    const summaries = await listSets(db(), teacher.id);
    expect(summaries.map((s) => [s.id, s.questionCount, s.attemptCount, s.meanScore])).toEqual([
      [second.id, 0, 0, null],
      [set.id, 4, 0, null]
    ]);
    const [count] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(questionSets)
      .where(eq(questionSets.ownerId, teacher.id));
    expect(count!.n).toBe(2);
  });
});

// PGlite runs one transaction at a time, so only a server can show a read waiting behind a writer.
const servers = databaseTargets().filter((target) => target.kind === 'postgres');

describe.for(servers)('reading a set beside its writers on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('a teacher reads a set while another transaction holds it locked', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 2 });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const locked = new Promise<void>((resolve) => (lockTaken = resolve));
    const writer = db().transaction(async (tx) => {
      await tx.select().from(questionSets).where(eq(questionSets.id, set.id)).for('update');
      lockTaken();
      await released;
    });
    await locked;
    // A read that took the lock as well would wait here for the writer, which waits for the read: the test
    // would time out.
    const read = await getSet(db(), teacher.id, set.id);
    release();
    await writer;
    expect(read.id).toBe(set.id);
    expect(read.questions).toHaveLength(2);
  });
});

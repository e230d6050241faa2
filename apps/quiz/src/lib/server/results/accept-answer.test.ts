import {
  addQuestions,
  createSet,
  createTeacher,
  listResults,
  publishSet,
  recordResponse,
  startAttempt,
  submitAttempt,
  type Db,
  type SetQuestion
} from '@newsquiz/db';
import { gradeResponse, Question } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { databaseTargets, outcomeOf, useAppDatabase } from '$lib/server/platform/test-requests';
import { acceptAnswerFromForm } from './accept-answer';
import { questionFields } from './test-questions';

const shortAnswer = { ...questionFields, type: 'short-answer', key: ['Kerman'] };
const cloze = {
  ...questionFields,
  id: 'q-fedcba9876543210',
  type: 'cloze',
  passage: 'The bombs went off in {{blank}}.',
  key: ['Kerman']
};

let count = 0;

/** A student's attempt at the set: each answer graded as the quiz grades it, then handed in. */
async function takeQuiz(db: Db, setId: string, questions: SetQuestion[], answers: [string, string]) {
  count += 1;
  const { attempt } = await startAttempt(db, {
    setId,
    articleId: 'kerman-2024',
    studentName: `Student ${count}`,
    participantId: `participant-accept-${process.pid}-${count}`,
    seed: 1,
    questions: questions.map((row) => ({
      questionId: String(row.snapshot.id),
      setQuestionId: row.id,
      snapshot: row.snapshot
    }))
  });
  for (const [index, row] of questions.entries()) {
    const question = Question.parse(row.snapshot);
    const response = { type: question.type, text: answers[index]! };
    const grade = gradeResponse(question, response);
    if (!grade.ok) throw new Error('the test answer did not grade');
    await recordResponse(db, {
      attemptId: attempt.id,
      questionId: question.id,
      response,
      correct: grade.correct,
      points: grade.points
    });
  }
  await submitAttempt(db, attempt.id);
}

describe.for(databaseTargets())('accepting a student’s answer on $kind', (target) => {
  const database = useAppDatabase(target);

  async function classWithAnswers() {
    const db = database.db();
    count += 1;
    const teacher = await createTeacher(db, {
      email: `accept-${process.pid}-${count}@school.example`,
      displayName: 'Ms. Accept',
      password: 'correct horse battery'
    });
    const draft = await createSet(db, teacher.id, { articleId: 'kerman-2024', title: 'Typed answers' });
    const questions = await addQuestions(db, teacher.id, draft.id, [
      { sourceQuestionId: null, snapshot: shortAnswer },
      { sourceQuestionId: null, snapshot: cloze }
    ]);
    const set = await publishSet(db, teacher.id, draft.id);
    await takeQuiz(db, set.id, questions, ['Kerman city', 'Kerman']);
    await takeQuiz(db, set.id, questions, ['kerman  City!', 'Qom']);
    await takeQuiz(db, set.id, questions, ['Tehran', 'Qom']);
    const accept = (form: Record<string, string>) =>
      outcomeOf(() => acceptAnswerFromForm(db, teacher.id, set.id, form));
    const scores = async () => (await listResults(db, teacher.id, set.id)).map((result) => result.score);
    return { teacher, set, accept, scores };
  }

  test('a short answer accepted regrades everyone who gave it, however they wrote it, and says how many', async () => {
    const { accept, scores } = await classWithAnswers();
    expect(await scores()).toEqual([1, 0, 0]);
    expect(await accept({ questionId: shortAnswer.id, answer: ' Kerman city ' })).toEqual({
      kind: 'answered',
      data: { accepted: { answer: 'Kerman city', attemptsChanged: 2 } }
    });
    expect(await scores()).toEqual([2, 1, 0]);
  });

  test('a fill-the-blank answer accepted regrades the same way', async () => {
    const { accept, scores } = await classWithAnswers();
    expect(await accept({ questionId: cloze.id, answer: 'Qom' })).toMatchObject({
      data: { accepted: { attemptsChanged: 2 } }
    });
    expect(await scores()).toEqual([1, 1, 1]);
  });

  test('an answer already accepted, one nobody gave, a NUL or another teacher is refused, and nothing changes', async () => {
    const { set, accept, scores } = await classWithAnswers();
    const refusals = [
      [{ questionId: shortAnswer.id, answer: 'KERMAN' }, 'The answer “KERMAN” is already accepted.'],
      [
        { questionId: shortAnswer.id, answer: 'Isfahan' },
        'The answer “Isfahan” is not a wrong answer any student gave to this question.'
      ],
      [{ questionId: shortAnswer.id, answer: '?!' }, 'The answer “?!” has no letters or digits to compare.'],
      [
        { questionId: shortAnswer.id, answer: 'Teh\u0000ran' },
        'The answer must not contain a null character (U+0000).'
      ],
      [
        { questionId: 'q-0000000000000000', answer: 'Tehran' },
        'No student of this quiz was asked that question.'
      ],
      [{ answer: 'Tehran' }, 'The form named no question.'],
      [{ questionId: 'q-\u0000', answer: 'Tehran' }, 'The form named no question.']
    ] as const;
    for (const [form, message] of refusals) {
      expect(await accept(form as Record<string, string>)).toEqual({
        kind: 'refused',
        status: 400,
        data: { message, fields: {} }
      });
    }
    const intruder = await createTeacher(database.db(), {
      email: `intruder-${process.pid}-${count}@school.example`,
      displayName: 'Mallory',
      password: 'correct horse battery'
    });
    expect(
      await outcomeOf(() =>
        acceptAnswerFromForm(database.db(), intruder.id, set.id, {
          questionId: shortAnswer.id,
          answer: 'Tehran'
        })
      )
    ).toEqual({ kind: 'error', status: 404, message: 'No such quiz.' });
    expect(await scores()).toEqual([1, 0, 0]);
  });
});

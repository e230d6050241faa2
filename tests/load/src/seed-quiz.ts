import { randomBytes } from 'node:crypto';
import { addQuestions, createSet, createTeacher, publishSet, type Db } from '@newsquiz/db';
import { loadFactBase } from '@newsquiz/facts';
import { generateBank } from '@newsquiz/question-bank';

export type SeededQuiz = {
  teacherId: string;
  /** The teacher's sign-in, for a run that leads the class through the app as the teacher would. */
  teacherEmail: string;
  teacherPassword: string;
  setId: string;
  joinCode: string;
  questionCount: number;
};

const articleId = 'kerman-2024';

/**
 * One teacher and one published class quiz: one question a page, feedback at the end (so answers can be
 * changed until hand-in), no time limit and any number of attempts, so nothing but load can refuse a student.
 */
export async function seedQuiz(
  db: Db,
  { questionCount, seed }: { questionCount: number; seed: number }
): Promise<SeededQuiz> {
  const teacherEmail = `load-${randomBytes(4).toString('hex')}@newsquiz.invalid`;
  const teacherPassword = randomBytes(24).toString('base64url');
  const teacher = await createTeacher(db, {
    email: teacherEmail,
    displayName: 'Load test',
    password: teacherPassword
  });
  const set = await createSet(db, teacher.id, {
    articleId,
    title: 'Load test quiz',
    settings: {
      layout: 'one-per-page',
      feedback: 'end',
      shuffleQuestions: true,
      shuffleOptions: true,
      drawCount: null,
      timeLimitMinutes: null,
      attemptsAllowed: null
    }
  });
  // The bank's first questions, types in turn, as a teacher picks them. A practice draw of 20 would stop
  // short: it keeps apart questions that answer each other, and 20 that do not seldom fit in one bank.
  const questions = generateBank(loadFactBase(articleId), { seed }).questions.slice(0, questionCount);
  if (questions.length !== questionCount) {
    throw new Error(
      `seed quiz: the bank gave ${questions.length} questions, not the ${questionCount} asked for`
    );
  }
  await addQuestions(
    db,
    teacher.id,
    set.id,
    questions.map((question) => ({ sourceQuestionId: question.id, snapshot: question }))
  );
  const published = await publishSet(db, teacher.id, set.id);
  return {
    teacherId: teacher.id,
    teacherEmail,
    teacherPassword,
    setId: set.id,
    joinCode: published.joinCode!,
    questionCount
  };
}

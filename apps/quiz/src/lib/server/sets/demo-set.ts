import {
  addQuestions,
  createSet,
  createTeacher,
  findTeacherByEmail,
  isStorageError,
  listSets,
  oneServerAtATime,
  publishSet,
  type Db
} from '@newsquiz/db';
import { generateBank } from '@newsquiz/question-bank';
import { randomBytes } from 'node:crypto';
import { getFactBase } from '$lib/server/platform/articles';

// `.invalid` can never be a real address, so nobody can sign up as, or log in to, the demo teacher.
export const demoTeacherEmail = 'demo-teacher@newsquiz.invalid';
const demoQuestionCount = 8;
const demoSeed = 2024;
// Any fixed number will do, as long as no other lock of the app uses it (the migration's is 7_204_118).
const demoSetLockKey = 7_204_119;

/**
 * The published demo class quiz, made on first start so that a student can try joining with a code. Every
 * app server runs this at start-up: one at a time, or servers starting together would each make one.
 */
export function ensureDemoSet(db: Db): Promise<{ joinCode: string }> {
  return oneServerAtATime(db, demoSetLockKey, (tx) => findOrMakeDemoSet(tx));
}

async function findOrMakeDemoSet(db: Db): Promise<{ joinCode: string }> {
  let teacher = await findTeacherByEmail(db, demoTeacherEmail);
  if (!teacher) {
    try {
      teacher = await createTeacher(db, {
        email: demoTeacherEmail,
        displayName: 'Newsquiz demo',
        password: randomBytes(32).toString('base64url')
      });
    } catch (failure) {
      // Another server made it in the meantime.
      if (!isStorageError(failure, 'email-taken')) throw failure;
      teacher = (await findTeacherByEmail(db, demoTeacherEmail))!;
    }
  }
  const existing = (await listSets(db, teacher.id)).find((set) => set.status === 'published' && set.joinCode);
  if (existing?.joinCode) return { joinCode: existing.joinCode };

  const facts = getFactBase();
  const set = await createSet(db, teacher.id, {
    articleId: facts.article.id,
    title: 'Kerman attack: class demo',
    instructions:
      'All questions are on one page. Your teacher sees your score; the answers come after you hand in.',
    settings: {
      layout: 'all-on-one-page',
      feedback: 'end',
      shuffleQuestions: true,
      shuffleOptions: true,
      timeLimitMinutes: 15,
      attemptsAllowed: null
    }
  });
  const { questions } = generateBank(facts, { seed: demoSeed, count: demoQuestionCount });
  await addQuestions(
    db,
    teacher.id,
    set.id,
    questions.map((question) => ({ sourceQuestionId: question.id, snapshot: question }))
  );
  const published = await publishSet(db, teacher.id, set.id);
  return { joinCode: published.joinCode! };
}

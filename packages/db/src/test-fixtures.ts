import { afterAll, beforeAll } from 'vitest';
import type { Database, Db } from './client.ts';
import { addQuestions, createSet, publishSet, type SetQuestion } from './question-sets.ts';
import { teachers } from './schema.ts';
import type { SetSettings } from './stored-json.ts';
import type { DatabaseTarget, ScratchDatabase } from './test-databases.ts';

/** Opens a scratch database of the target for the enclosing suite and removes it afterwards. */
export function useScratchDatabase(target: DatabaseTarget): () => Db {
  let scratch: ScratchDatabase | undefined;
  let database: Database | undefined;
  beforeAll(async () => {
    scratch = await target.create();
    database = await scratch.open();
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.remove();
  });
  return () => {
    if (!database) throw new Error('the scratch database is not open yet');
    return database.db;
  };
}

let counter = 0;

/** A distinct email for each call, so that tests sharing a database never collide. */
export function uniqueEmail(): string {
  counter += 1;
  return `teacher-${process.pid}-${Date.now()}-${counter}@school.example`;
}

/** A teacher row made directly: sign-up's deliberately slow password hash belongs to its own tests. */
export async function createFixtureTeacher(db: Db) {
  const [teacher] = await db
    .insert(teachers)
    .values({ email: uniqueEmail(), displayName: 'Ms. Rahimi', passwordHash: 'not a usable hash' })
    .returning();
  return teacher!;
}

export function sampleQuestion(n: number) {
  return {
    sourceQuestionId: `q-${n}`,
    snapshot: { id: `q-${n}`, type: 'single-choice', stem: `Question ${n}?`, options: ['a', 'b'], key: 0 }
  };
}

export async function createTeacherWithSet(
  db: Db,
  {
    questions = 3,
    publish = false,
    settings = {}
  }: { questions?: number; publish?: boolean; settings?: Partial<SetSettings> } = {}
) {
  const teacher = await createFixtureTeacher(db);
  const set = await createSet(db, teacher.id, {
    articleId: 'kerman-2024',
    title: 'Kerman, week 1',
    settings
  });
  const added =
    questions === 0
      ? []
      : await addQuestions(
          db,
          teacher.id,
          set.id,
          Array.from({ length: questions }, (_, n) => sampleQuestion(n))
        );
  const current = publish ? await publishSet(db, teacher.id, set.id) : set;
  return { teacher, set: current, questions: added };
}

let participants = 0;

function newParticipantId(): string {
  participants += 1;
  return `participant-${process.pid}-${Date.now()}-${participants}`;
}

/** A student's attempt at a set, drawing the given set questions in order, one point each. */
export function setAttemptInput(setId: string, questions: SetQuestion[], participantId = newParticipantId()) {
  return {
    setId,
    articleId: 'kerman-2024',
    studentName: 'Sara',
    participantId,
    seed: 42,
    questions: questions.map((question) => ({
      questionId: question.sourceQuestionId ?? question.id,
      setQuestionId: question.id,
      snapshot: question.snapshot
    }))
  };
}

/** A practice attempt with `count` questions drawn from the bank. */
export function practiceAttemptInput(count: number) {
  return {
    setId: null,
    articleId: 'kerman-2024',
    studentName: 'Practice',
    participantId: newParticipantId(),
    seed: 7,
    questions: Array.from({ length: count }, (_, n) => ({ questionId: `q-${n}`, ...sampleQuestion(n) })).map(
      ({ questionId, snapshot }) => ({ questionId, snapshot })
    )
  };
}

import { and, asc, avg, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from './client.ts';
import { JoinCodePattern, newJoinCode, normalizeJoinCode } from './join-code.ts';
import { attempts, questionSets, setQuestions } from './schema.ts';
import { parseInput, StorageError } from './storage-error.ts';
import { QuestionSnapshot, SetSettings } from './stored-json.ts';

export type QuestionSet = typeof questionSets.$inferSelect;
export type SetQuestion = typeof setQuestions.$inferSelect;

const SetId = z.uuid({ error: 'must be a set id' });
const SetQuestionId = z.uuid({ error: 'must be a question id of this set' });
const Title = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const Instructions = z.string().trim().max(2000, 'must be at most 2000 characters');

export const NewSet = z.object({
  articleId: z.string().min(1, 'must name an article'),
  title: Title,
  instructions: Instructions.default(''),
  settings: SetSettings.default(SetSettings.parse({}))
});
export type NewSet = z.input<typeof NewSet>;

/** An IANA time zone this runtime knows, such as Europe/London. */
export const TimeZone = z
  .string()
  .max(64, 'must be at most 64 characters')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be a time zone such as Europe/London or UTC');

export const SetChanges = z
  .object({
    title: Title,
    instructions: Instructions,
    settings: SetSettings,
    opensAt: z.date({ error: 'must be a date and time' }).nullable(),
    closesAt: z.date({ error: 'must be a date and time' }).nullable(),
    scheduleTimeZone: TimeZone.nullable()
  })
  .partial()
  .strict()
  .refine((changes) => !changes.opensAt || !changes.closesAt || changes.closesAt > changes.opensAt, {
    path: ['closesAt'],
    message: 'must be after the opening time'
  });
export type SetChanges = z.input<typeof SetChanges>;

export const NewSetQuestion = z.object({
  sourceQuestionId: z.string().min(1).max(200).nullable().default(null),
  snapshot: QuestionSnapshot,
  /** False when the question cites no evidence from the article. */
  grounded: z.boolean().default(true)
});
export type NewSetQuestion = z.input<typeof NewSetQuestion>;

function selectOwnedSet(db: Db | Tx, ownerId: string, setId: string) {
  const id = parseInput(SetId, setId);
  return db
    .select()
    .from(questionSets)
    .where(and(eq(questionSets.id, id), eq(questionSets.ownerId, ownerId), isNull(questionSets.deletedAt)));
}

function ownedSetFound(rows: QuestionSet[]): QuestionSet {
  if (!rows[0]) throw new StorageError({ code: 'not-found', entity: 'set' });
  return rows[0];
}

/** Locks the set for the rest of the transaction, and refuses a set that is not this teacher's. */
async function lockOwnedSet(tx: Tx, ownerId: string, setId: string): Promise<QuestionSet> {
  return ownedSetFound(await selectOwnedSet(tx, ownerId, setId).for('update'));
}

async function currentQuestions(db: Db | Tx, setId: string): Promise<SetQuestion[]> {
  return db
    .select()
    .from(setQuestions)
    .where(and(eq(setQuestions.setId, setId), isNull(setQuestions.retiredAt)))
    .orderBy(asc(setQuestions.position));
}

/** Gives the set's current questions the positions 0..n-1 in the order of `orderedIds`. */
async function writePositions(tx: Tx, setId: string, orderedIds: string[]): Promise<void> {
  // Two passes, because the positions must stay unique after every single update.
  for (const [step, offset] of [
    [0, -orderedIds.length - 1],
    [1, 0]
  ] as const) {
    for (const [position, id] of orderedIds.entries()) {
      await tx
        .update(setQuestions)
        .set({ position: step === 0 ? offset - position : position })
        .where(and(eq(setQuestions.id, id), eq(setQuestions.setId, setId)));
    }
  }
}

async function touch(tx: Tx, setId: string): Promise<void> {
  await tx
    .update(questionSets)
    .set({ updatedAt: sql`now()` })
    .where(eq(questionSets.id, setId));
}

export async function createSet(db: Db, ownerId: string, input: NewSet): Promise<QuestionSet> {
  const values = parseInput(NewSet, input);
  const [set] = await db
    .insert(questionSets)
    .values({ ...values, ownerId })
    .returning();
  return set!;
}

export async function updateSet(
  db: Db,
  ownerId: string,
  setId: string,
  changes: SetChanges
): Promise<QuestionSet> {
  const values = parseInput(SetChanges, changes);
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const [set] = await tx
      .update(questionSets)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(questionSets.id, setId))
      .returning();
    return set!;
  });
}

export async function getSet(
  db: Db,
  ownerId: string,
  setId: string
): Promise<QuestionSet & { questions: SetQuestion[] }> {
  // A read takes no lock, so the live results page never waits behind a student starting an attempt; one
  // snapshot for both statements keeps the set and its questions from two different moments.
  return db.transaction(
    async (tx) => {
      const set = ownedSetFound(await selectOwnedSet(tx, ownerId, setId));
      return { ...set, questions: await currentQuestions(tx, set.id) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' }
  );
}

export type SetSummary = QuestionSet & {
  questionCount: number;
  attemptCount: number;
  submittedCount: number;
  /** Mean of submitted scores as a share of the maximum, 0..1; null before the first submission. */
  meanScore: number | null;
};

export async function listSets(db: Db, ownerId: string): Promise<SetSummary[]> {
  const questionCounts = db
    .select({ setId: setQuestions.setId, questionCount: count().as('question_count') })
    .from(setQuestions)
    .where(isNull(setQuestions.retiredAt))
    .groupBy(setQuestions.setId)
    .as('question_counts');
  const attemptStats = db
    .select({
      setId: attempts.setId,
      attemptCount: count().as('attempt_count'),
      submittedCount: count(attempts.submittedAt).as('submitted_count'),
      meanScore: avg(sql`${attempts.score} / nullif(${attempts.maxScore}, 0)`).as('mean_score')
    })
    .from(attempts)
    .groupBy(attempts.setId)
    .as('attempt_stats');
  const rows = await db
    .select({
      set: questionSets,
      questionCount: questionCounts.questionCount,
      attemptCount: attemptStats.attemptCount,
      submittedCount: attemptStats.submittedCount,
      meanScore: attemptStats.meanScore
    })
    .from(questionSets)
    .leftJoin(questionCounts, eq(questionCounts.setId, questionSets.id))
    .leftJoin(attemptStats, eq(attemptStats.setId, questionSets.id))
    .where(and(eq(questionSets.ownerId, ownerId), isNull(questionSets.deletedAt)))
    .orderBy(desc(questionSets.updatedAt), asc(questionSets.id));
  return rows.map((row) => ({
    ...row.set,
    questionCount: Number(row.questionCount ?? 0),
    attemptCount: Number(row.attemptCount ?? 0),
    submittedCount: Number(row.submittedCount ?? 0),
    meanScore: row.meanScore === null ? null : Number(row.meanScore)
  }));
}

export async function addQuestions(
  db: Db,
  ownerId: string,
  setId: string,
  questions: NewSetQuestion[]
): Promise<SetQuestion[]> {
  const values = parseInput(z.array(NewSetQuestion).min(1, 'must add at least one question'), questions);
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    // Checked under the set's lock, so a double click cannot add one bank question twice.
    const fromBank = values.flatMap((question) =>
      question.sourceQuestionId ? [question.sourceQuestionId] : []
    );
    if (fromBank.length > 0) {
      const [present] = await tx
        .select({ id: setQuestions.sourceQuestionId })
        .from(setQuestions)
        .where(
          and(
            eq(setQuestions.setId, setId),
            isNull(setQuestions.retiredAt),
            inArray(setQuestions.sourceQuestionId, fromBank)
          )
        )
        .limit(1);
      if (present || new Set(fromBank).size < fromBank.length) {
        throw new StorageError({
          code: 'invalid-input',
          issues: [{ path: 'sourceQuestionId', message: 'is already in this set' }]
        });
      }
    }
    const [last] = await tx
      .select({ position: max(setQuestions.position) })
      .from(setQuestions)
      .where(and(eq(setQuestions.setId, setId), isNull(setQuestions.retiredAt)));
    const start = (last?.position ?? -1) + 1;
    const added = await tx
      .insert(setQuestions)
      .values(values.map((question, index) => ({ ...question, setId, position: start + index })))
      .returning();
    await touch(tx, setId);
    return added;
  });
}

async function findCurrentQuestion(tx: Tx, setId: string, setQuestionId: string): Promise<SetQuestion> {
  const id = parseInput(SetQuestionId, setQuestionId);
  const [question] = await tx
    .select()
    .from(setQuestions)
    .where(and(eq(setQuestions.id, id), eq(setQuestions.setId, setId), isNull(setQuestions.retiredAt)));
  if (!question) throw new StorageError({ code: 'question-not-in-set', setQuestionId });
  return question;
}

/** Takes a question out of the set; attempts that drew it keep their own copy. */
export async function removeQuestion(
  db: Db,
  ownerId: string,
  setId: string,
  setQuestionId: string
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const question = await findCurrentQuestion(tx, setId, setQuestionId);
    await tx
      .update(setQuestions)
      .set({ retiredAt: sql`now()` })
      .where(eq(setQuestions.id, question.id));
    const remaining = await currentQuestions(tx, setId);
    await writePositions(
      tx,
      setId,
      remaining.map((row) => row.id)
    );
    await touch(tx, setId);
  });
}

/**
 * Puts a removed question back where it was, as the same row, so attempts that drew it stay linked to it.
 * Only a removal is undone: a version an edit replaced, or a bank question the set holds again, is refused.
 */
export async function restoreQuestion(
  db: Db,
  ownerId: string,
  setId: string,
  setQuestionId: string
): Promise<SetQuestion[]> {
  const id = parseInput(SetQuestionId, setQuestionId);
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const [removed] = await tx
      .select()
      .from(setQuestions)
      .where(and(eq(setQuestions.id, id), eq(setQuestions.setId, setId)));
    if (!removed?.retiredAt) throw new StorageError({ code: 'question-not-in-set', setQuestionId });
    const current = await currentQuestions(tx, setId);
    // An edit retires the old row and adds its successor in one transaction, so both carry the same now();
    // compared in SQL, since a JavaScript date drops the microseconds.
    const replaced = await tx
      .select({ id: setQuestions.id })
      .from(setQuestions)
      .where(
        and(
          eq(setQuestions.setId, setId),
          sql`${setQuestions.createdAt} = (select retired_at from set_questions where id = ${removed.id})`
        )
      )
      .limit(1);
    const again =
      removed.sourceQuestionId !== null &&
      current.some((row) => row.sourceQuestionId === removed.sourceQuestionId);
    if (replaced.length > 0 || again) throw new StorageError({ code: 'question-not-in-set', setQuestionId });
    // Back in play at a position no current row holds, then renumbered with the rest.
    await tx
      .update(setQuestions)
      .set({ retiredAt: null, position: -1 })
      .where(eq(setQuestions.id, removed.id));
    const ids = current.map((row) => row.id);
    ids.splice(Math.min(removed.position, ids.length), 0, removed.id);
    await writePositions(tx, setId, ids);
    await touch(tx, setId);
    return currentQuestions(tx, setId);
  });
}

/**
 * Deletes a set for its teacher: closed, so its code opens nothing, and gone from the teacher's pages. Its
 * attempts stay, so each student keeps their own results page.
 */
export async function deleteSet(db: Db, ownerId: string, setId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    await tx
      .update(questionSets)
      .set({ status: 'closed', deletedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(questionSets.id, setId));
  });
}

/** An edit is a new question in the old one's place, so that what students were asked stays on record. */
export async function replaceQuestion(
  db: Db,
  ownerId: string,
  setId: string,
  setQuestionId: string,
  snapshot: QuestionSnapshot,
  grounded = true
): Promise<SetQuestion> {
  const newSnapshot = parseInput(QuestionSnapshot, snapshot);
  const isGrounded = parseInput(z.boolean(), grounded);
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const old = await findCurrentQuestion(tx, setId, setQuestionId);
    await tx
      .update(setQuestions)
      .set({ retiredAt: sql`now()` })
      .where(eq(setQuestions.id, old.id));
    const [replacement] = await tx
      .insert(setQuestions)
      .values({
        setId,
        position: old.position,
        sourceQuestionId: old.sourceQuestionId,
        snapshot: newSnapshot,
        grounded: isGrounded
      })
      .returning();
    await touch(tx, setId);
    return replacement!;
  });
}

export async function reorderQuestions(
  db: Db,
  ownerId: string,
  setId: string,
  orderedIds: string[]
): Promise<SetQuestion[]> {
  const ids = parseInput(z.array(SetQuestionId), orderedIds);
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const current = await currentQuestions(tx, setId);
    const same =
      ids.length === current.length &&
      new Set(ids).size === ids.length &&
      current.every((row) => ids.includes(row.id));
    if (!same) {
      throw new StorageError({
        code: 'invalid-input',
        issues: [{ path: 'orderedIds', message: "must list each of the set's questions exactly once" }]
      });
    }
    await writePositions(tx, setId, ids);
    await touch(tx, setId);
    return currentQuestions(tx, setId);
  });
}

/** Swaps a question with its neighbour: the keyboard and no-JavaScript way to reorder. */
export async function moveQuestion(
  db: Db,
  ownerId: string,
  setId: string,
  setQuestionId: string,
  direction: 'up' | 'down'
): Promise<SetQuestion[]> {
  const move = parseInput(z.enum(['up', 'down']), direction);
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const question = await findCurrentQuestion(tx, setId, setQuestionId);
    const ids = (await currentQuestions(tx, setId)).map((row) => row.id);
    const from = ids.indexOf(question.id);
    const to = move === 'up' ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) {
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      await writePositions(tx, setId, ids);
      await touch(tx, setId);
    }
    return currentQuestions(tx, setId);
  });
}

/** Publishes (or reopens) a set; its join code is drawn at first publication and kept. */
export async function publishSet(db: Db, ownerId: string, setId: string): Promise<QuestionSet> {
  for (let tries = 0; tries < 5; tries += 1) {
    try {
      return await db.transaction(async (tx) => {
        const set = await lockOwnedSet(tx, ownerId, setId);
        if ((await currentQuestions(tx, set.id)).length === 0) throw new StorageError({ code: 'set-empty' });
        const [published] = await tx
          .update(questionSets)
          .set({
            status: 'published',
            joinCode: set.joinCode ?? newJoinCode(),
            publishedAt: set.publishedAt ?? sql`now()`,
            updatedAt: sql`now()`
          })
          .where(eq(questionSets.id, set.id))
          .returning();
        return published!;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new StorageError({ code: 'join-code-exhausted' });
}

export async function closeSet(db: Db, ownerId: string, setId: string): Promise<QuestionSet> {
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const [closed] = await tx
      .update(questionSets)
      .set({ status: 'closed', updatedAt: sql`now()` })
      .where(eq(questionSets.id, setId))
      .returning();
    return closed!;
  });
}

/** A draft copy of the set with its current questions, for a new class or a new year. */
export async function duplicateSet(
  db: Db,
  ownerId: string,
  setId: string
): Promise<QuestionSet & { questions: SetQuestion[] }> {
  return db.transaction(async (tx) => {
    const source = await lockOwnedSet(tx, ownerId, setId);
    const [copy] = await tx
      .insert(questionSets)
      .values({
        ownerId,
        articleId: source.articleId,
        title: `${source.title} (copy)`.slice(0, 120),
        instructions: source.instructions,
        settings: source.settings
      })
      .returning();
    const questions = await currentQuestions(tx, source.id);
    const copied =
      questions.length === 0
        ? []
        : await tx
            .insert(setQuestions)
            .values(
              questions.map(({ position, sourceQuestionId, snapshot, grounded }) => ({
                setId: copy!.id,
                position,
                sourceQuestionId,
                snapshot,
                grounded
              }))
            )
            .returning();
    return { ...copy!, questions: copied };
  });
}

/** The published set with this id and its current questions, or null: for a student's retry. */
export async function findOpenSet(
  db: Db,
  setId: string
): Promise<(QuestionSet & { questions: SetQuestion[] }) | null> {
  const id = parseInput(SetId, setId);
  const [set] = await db
    .select()
    .from(questionSets)
    .where(and(eq(questionSets.id, id), eq(questionSets.status, 'published')));
  if (!set) return null;
  return { ...set, questions: await currentQuestions(db, set.id) };
}

/** The published set a student's code opens, or null; a draft or closed set's code opens nothing. */
export async function findOpenSetByJoinCode(
  db: Db,
  typedCode: string
): Promise<(QuestionSet & { questions: SetQuestion[] }) | null> {
  const code = normalizeJoinCode(typedCode);
  if (!JoinCodePattern.test(code)) return null;
  const [set] = await db
    .select()
    .from(questionSets)
    .where(and(eq(questionSets.joinCode, code), eq(questionSets.status, 'published')));
  if (!set) return null;
  return { ...set, questions: await currentQuestions(db, set.id) };
}

function isUniqueViolation(error: unknown): boolean {
  // Drizzle wraps the driver's error; the PostgreSQL code sits somewhere down the cause chain.
  let cause = error;
  while (typeof cause === 'object' && cause !== null) {
    if ('code' in cause && cause.code === '23505') return true;
    cause = 'cause' in cause ? cause.cause : undefined;
  }
  return false;
}

/** What a student may know of a set: its title and instructions, never its owner or other attempts. */
export async function getSetForStudent(
  db: Db,
  setId: string
): Promise<Pick<QuestionSet, 'id' | 'title' | 'instructions' | 'status' | 'settings'> | null> {
  const id = parseInput(SetId, setId);
  const [set] = await db
    .select({
      id: questionSets.id,
      title: questionSets.title,
      instructions: questionSets.instructions,
      status: questionSets.status,
      settings: questionSets.settings
    })
    .from(questionSets)
    .where(eq(questionSets.id, id));
  return set ?? null;
}

import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from './client.ts';
import { attempts, extraTimes, questionSets } from './schema.ts';
import { parseInput, StorageError } from './storage-error.ts';
import { nameKey } from './student-name.ts';

/** The most a teacher can add: four times the limit again (five in all), or ten hours. */
export const maxExtraPercent = 400;
export const maxExtraMinutes = 600;

export const ExtraTimeInput = z
  .object({
    studentName: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
    percent: z
      .int({ error: 'must be a whole number' })
      .min(0, 'must not be negative')
      .max(maxExtraPercent, `must be at most ${maxExtraPercent}`)
      .default(0),
    minutes: z
      .int({ error: 'must be a whole number' })
      .min(0, 'must not be negative')
      .max(maxExtraMinutes, `must be at most ${maxExtraMinutes}`)
      .default(0)
  })
  .refine((extra) => extra.percent + extra.minutes > 0, {
    path: ['percent'],
    message: 'must add some time: a percentage or minutes above 0'
  });
export type ExtraTimeInput = z.input<typeof ExtraTimeInput>;

/** A student's extra time in a set. */
export type ExtraTime = { studentName: string; percent: number; minutes: number };

/**
 * Seconds a student's extra time adds to a time limit of `baseSeconds`: the share of it, rounded to the
 * second, plus the minutes. Live mode can give it a question's time as well as a quiz's.
 */
export function extraSeconds(extra: Pick<ExtraTime, 'percent' | 'minutes'> | null, baseSeconds: number) {
  if (!extra) return 0;
  return Math.round((baseSeconds * extra.percent) / 100) + extra.minutes * 60;
}

const SetId = z.uuid({ error: 'must be a set id' });

/** The extra time the set gives the student of this name (compared as `nameKey` compares), or null. */
export async function extraTimeFor(
  db: Db | Tx,
  setId: string,
  studentName: string
): Promise<ExtraTime | null> {
  const [row] = await db
    .select({ studentName: extraTimes.studentName, percent: extraTimes.percent, minutes: extraTimes.minutes })
    .from(extraTimes)
    .where(and(eq(extraTimes.setId, setId), eq(extraTimes.nameKey, nameKey(studentName))));
  return row ?? null;
}

/** Locks the teacher's set, as starting an attempt does, so that a start and a change of extra time queue. */
async function lockOwnedSet(tx: Tx, ownerId: string, setId: string): Promise<void> {
  const [set] = await tx
    .select({ id: questionSets.id })
    .from(questionSets)
    .where(
      and(
        eq(questionSets.id, parseInput(SetId, setId)),
        eq(questionSets.ownerId, ownerId),
        isNull(questionSets.deletedAt)
      )
    )
    .for('update');
  if (!set) throw new StorageError({ code: 'not-found', entity: 'set' });
}

/**
 * Gives a student extra time in a teacher's set, replacing what that name had. Attempts the student has
 * open get it at once, counted from their start, so a change made while the student works reaches them at
 * their next page; a deadline never moves earlier.
 */
export async function setExtraTime(
  db: Db,
  ownerId: string,
  setId: string,
  input: ExtraTimeInput
): Promise<ExtraTime> {
  const values = parseInput(ExtraTimeInput, input);
  const key = nameKey(values.studentName);
  if (key === '')
    throw new StorageError({
      code: 'invalid-input',
      issues: [{ path: 'studentName', message: 'must hold a letter or digit' }]
    });
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const extra = { studentName: values.studentName, percent: values.percent, minutes: values.minutes };
    await tx
      .insert(extraTimes)
      .values({ setId, nameKey: key, ...extra })
      .onConflictDoUpdate({
        target: [extraTimes.setId, extraTimes.nameKey],
        set: { ...extra, updatedAt: sql`now()` }
      });
    const open = await tx
      .select({ id: attempts.id, studentName: attempts.studentName, settings: attempts.settings })
      .from(attempts)
      .where(
        and(eq(attempts.setId, setId), isNull(attempts.submittedAt), gt(attempts.deadlineAt, sql`now()`))
      );
    for (const attempt of open) {
      const limit = attempt.settings.timeLimitMinutes;
      if (limit === null || nameKey(attempt.studentName) !== key) continue;
      const seconds = limit * 60 + extraSeconds(extra, limit * 60);
      await tx
        .update(attempts)
        .set({
          deadlineAt: sql`greatest(${attempts.deadlineAt}, ${attempts.startedAt} + make_interval(secs => ${seconds}))`
        })
        .where(eq(attempts.id, attempt.id));
    }
    return extra;
  });
}

/**
 * Takes a student's extra time away for attempts started from now on; an attempt already started keeps the
 * time it was given. False when the name had none.
 */
export async function removeExtraTime(
  db: Db,
  ownerId: string,
  setId: string,
  studentName: string
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockOwnedSet(tx, ownerId, setId);
    const removed = await tx
      .delete(extraTimes)
      .where(and(eq(extraTimes.setId, setId), eq(extraTimes.nameKey, nameKey(studentName))))
      .returning({ nameKey: extraTimes.nameKey });
    return removed.length > 0;
  });
}

/** Every student given extra time in a teacher's set, by name. */
export async function listExtraTimes(db: Db, ownerId: string, setId: string): Promise<ExtraTime[]> {
  return db
    .select({ studentName: extraTimes.studentName, percent: extraTimes.percent, minutes: extraTimes.minutes })
    .from(extraTimes)
    .innerJoin(questionSets, eq(questionSets.id, extraTimes.setId))
    .where(and(eq(extraTimes.setId, parseInput(SetId, setId)), eq(questionSets.ownerId, ownerId)))
    .orderBy(asc(extraTimes.nameKey));
}

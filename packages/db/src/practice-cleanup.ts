import { and, eq, gte, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.ts';
import { attempts, responses } from './schema.ts';
import { parseInput } from './storage-error.ts';

const Cleanup = z.object({
  idleHours: z
    .int()
    .min(1, 'must be at least 1')
    .max(24 * 365, 'must be at most a year')
});
export type PracticeCleanup = z.input<typeof Cleanup>;

/**
 * Deletes, in one statement, the practice attempts nobody has touched for `idleHours`: started, answered
 * and handed in before then. Attempts at a teacher's quiz are results and are never deleted here.
 */
export async function deleteIdlePracticeAttempts(db: Db, input: PracticeCleanup): Promise<number> {
  const { idleHours } = parseInput(Cleanup, input);
  const cutoff = sql`now() - make_interval(hours => ${idleHours})`;
  const answeredSince = db
    .select({ attemptId: responses.attemptId })
    .from(responses)
    .where(and(eq(responses.attemptId, attempts.id), gte(responses.answeredAt, cutoff)));
  const deleted = await db
    .delete(attempts)
    .where(
      and(
        isNull(attempts.setId),
        lt(attempts.startedAt, cutoff),
        or(isNull(attempts.submittedAt), lt(attempts.submittedAt, cutoff)),
        notExists(answeredSince)
      )
    )
    .returning({ id: attempts.id });
  return deleted.length;
}

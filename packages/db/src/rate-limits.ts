import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.ts';
import { rateLimits } from './schema.ts';
import { hashToken } from './secrets.ts';
import { parseInput } from './storage-error.ts';

/** A limit: at most `max` slots in `bucket` per subject in each window of `windowSeconds`. */
export const RateLimit = z.object({
  bucket: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)*$/, 'must be lower-case words joined by hyphens')
    .max(40, 'must be at most 40 characters'),
  max: z.int().min(1, 'must be at least 1').max(1_000_000, 'must be at most 1000000'),
  windowSeconds: z
    .int()
    .min(1, 'must be at least 1')
    .max(7 * 24 * 60 * 60, 'must be at most a week')
});
export type RateLimit = z.input<typeof RateLimit>;

const SlotRequest = z.object({
  limit: RateLimit,
  /** Who or what is limited: a client address, an email; only its hash is stored. */
  subject: z.string().min(1, 'must name who or what is limited').max(2000, 'must be at most 2000 characters')
});

/** A slot taken, which `releaseSlot` can give back within the same window. */
export type Slot = { bucket: string; subjectHash: string; windowEndsAt: Date };

export type SlotOutcome = { taken: true; slot: Slot } | { taken: false; retryAfterSeconds: number };

/**
 * Takes a slot of the limit for the subject, or refuses when the window's slots are all taken. One
 * statement decides: the database's row lock on the conflict orders concurrent callers, so however many
 * arrive at once, from however many app servers, at most `max` are given a slot in a window. A window
 * starts with the first slot taken after the last one ended.
 */
export async function takeSlot(db: Db, limit: RateLimit, subject: string): Promise<SlotOutcome> {
  const request = parseInput(SlotRequest, { limit, subject });
  const { bucket, max, windowSeconds } = request.limit;
  const subjectHash = hashToken(request.subject);
  // Whole seconds, so that the end read back into a Date names the row exactly when the slot is released.
  const newWindowEnd = sql`date_trunc('second', now()) + make_interval(secs => ${windowSeconds})`;
  const ended = sql`${rateLimits.windowEndsAt} <= now()`;
  const [taken] = await db
    .insert(rateLimits)
    .values({ bucket, subjectHash, hits: 1, windowEndsAt: newWindowEnd })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.subjectHash],
      set: {
        hits: sql`case when ${ended} then 1 else ${rateLimits.hits} + 1 end`,
        windowEndsAt: sql`case when ${ended} then ${newWindowEnd} else ${rateLimits.windowEndsAt} end`
      },
      setWhere: sql`${ended} or ${rateLimits.hits} < ${max}`
    })
    .returning({ windowEndsAt: rateLimits.windowEndsAt });
  if (taken) return { taken: true, slot: { bucket, subjectHash, windowEndsAt: taken.windowEndsAt } };
  const [current] = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from ${rateLimits.windowEndsAt} - now()))::int` })
    .from(rateLimits)
    .where(and(eq(rateLimits.bucket, bucket), eq(rateLimits.subjectHash, subjectHash)));
  // The window may have ended between the two statements: then the caller may try again at once.
  return { taken: false, retryAfterSeconds: Math.max(1, current?.seconds ?? 1) };
}

/**
 * Gives a slot back, as when a log-in succeeds: what it guarded was not a guess. A slot of a window that
 * has since ended is gone with its window.
 */
export async function releaseSlot(db: Db, slot: Slot): Promise<void> {
  await db
    .update(rateLimits)
    .set({ hits: sql`${rateLimits.hits} - 1` })
    .where(
      and(
        eq(rateLimits.bucket, slot.bucket),
        eq(rateLimits.subjectHash, slot.subjectHash),
        eq(rateLimits.windowEndsAt, slot.windowEndsAt),
        sql`${rateLimits.hits} > 0`
      )
    );
}

/** Removes the rows of windows that have ended; the next slot starts a fresh window anyway. */
export async function deleteEndedWindows(db: Db): Promise<number> {
  const deleted = await db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowEndsAt} <= now()`)
    .returning({ bucket: rateLimits.bucket });
  return deleted.length;
}

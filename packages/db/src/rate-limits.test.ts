import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from './client.ts';
import { deleteEndedWindows, releaseSlot, takeSlot, type SlotOutcome } from './rate-limits.ts';
import { rateLimits } from './schema.ts';
import { hashToken } from './secrets.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets, type ScratchDatabase } from './test-databases.ts';

const guesses = { bucket: 'test-guesses', max: 5, windowSeconds: 15 * 60 };

let subjects = 0;
/** A subject no other test uses, so that tests sharing a database never share a window. */
const freshSubject = () => `subject-${process.pid}-${(subjects += 1)}`;

const takenCount = (outcomes: SlotOutcome[]) => outcomes.filter((outcome) => outcome.taken).length;

describe.for(databaseTargets())('rate limits on $kind', (target) => {
  let scratch: ScratchDatabase;
  let first: Database;
  beforeAll(async () => {
    scratch = await target.create();
    first = await scratch.open();
  }, 60_000);
  afterAll(async () => {
    await first?.close();
    await scratch?.remove();
  });
  const db = () => first.db;

  /** Moves the subject's window end into the past, as the clock would after the window. */
  const endWindow = (subject: string) =>
    db()
      .update(rateLimits)
      .set({ windowEndsAt: sql`now() - interval '1 second'` })
      .where(and(eq(rateLimits.bucket, guesses.bucket), eq(rateLimits.subjectHash, hashToken(subject))));

  test('30 at once: exactly 5 take a slot, and the others are told when the window ends', async () => {
    const subject = freshSubject();
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => takeSlot(db(), guesses, subject)));
    expect(takenCount(outcomes)).toBe(5);
    for (const outcome of outcomes.filter((o) => !o.taken)) {
      expect(outcome.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(outcome.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
    const [row] = await db()
      .select({ hits: rateLimits.hits })
      .from(rateLimits)
      .where(eq(rateLimits.subjectHash, hashToken(subject)));
    expect(row).toEqual({ hits: 5 });
  });

  test('each subject and each bucket has its own slots', async () => {
    const subject = freshSubject();
    for (let n = 0; n < 5; n += 1) await takeSlot(db(), guesses, subject);
    expect((await takeSlot(db(), guesses, subject)).taken).toBe(false);
    expect((await takeSlot(db(), guesses, freshSubject())).taken).toBe(true);
    expect((await takeSlot(db(), { ...guesses, bucket: 'test-other' }, subject)).taken).toBe(true);
  });

  test('a released slot can be taken again; a window that ended starts afresh', async () => {
    const subject = freshSubject();
    const taken = await Promise.all(Array.from({ length: 5 }, () => takeSlot(db(), guesses, subject)));
    expect((await takeSlot(db(), guesses, subject)).taken).toBe(false);
    const first = taken[0]!;
    if (!first.taken) throw new Error('the first slot was refused');
    await releaseSlot(db(), first.slot);
    expect((await takeSlot(db(), guesses, subject)).taken).toBe(true);
    expect((await takeSlot(db(), guesses, subject)).taken).toBe(false);

    await endWindow(subject);
    // A slot of the window that ended gives nothing back to the new one.
    await releaseSlot(db(), first.slot);
    const fresh = await Promise.all(Array.from({ length: 8 }, () => takeSlot(db(), guesses, subject)));
    expect(takenCount(fresh)).toBe(5);
  });

  test('ended windows are removed, current ones kept', async () => {
    const ended = freshSubject();
    const current = freshSubject();
    await takeSlot(db(), guesses, ended);
    await takeSlot(db(), guesses, current);
    await endWindow(ended);
    expect(await deleteEndedWindows(db())).toBeGreaterThanOrEqual(1);
    const left = await db()
      .select({ subjectHash: rateLimits.subjectHash })
      .from(rateLimits)
      .where(eq(rateLimits.bucket, guesses.bucket));
    const hashes = left.map((row) => row.subjectHash);
    expect(hashes).toContain(hashToken(current));
    expect(hashes).not.toContain(hashToken(ended));
  });

  test('bad input names the field and writes nothing', async () => {
    const [before] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(rateLimits);
    const error = await takeSlot(db(), { bucket: 'Not A Bucket', max: 0, windowSeconds: 60 }, '').catch(
      (e: unknown) => e
    );
    expect(isStorageError(error, 'invalid-input')).toBe(true);
    if (!isStorageError(error, 'invalid-input')) return;
    expect(error.problem.issues.map((issue) => issue.path).sort()).toEqual([
      'limit.bucket',
      'limit.max',
      'subject'
    ]);
    const [after] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(rateLimits);
    expect(after).toEqual(before);
  });

  test('a restart keeps the count', async () => {
    const subject = freshSubject();
    for (let n = 0; n < 3; n += 1) await takeSlot(db(), guesses, subject);
    await first.close();
    first = await scratch.open();
    const after = await Promise.all(Array.from({ length: 5 }, () => takeSlot(db(), guesses, subject)));
    expect(takenCount(after)).toBe(2);
  });
});

// PGlite lives inside one process: only PostgreSQL is shared by several app servers.
describe.for(databaseTargets().filter((target) => target.kind === 'postgres'))(
  'rate limits shared by two app servers on $kind',
  (target) => {
    let scratch: ScratchDatabase;
    const servers: Database[] = [];
    beforeAll(async () => {
      scratch = await target.create();
      servers.push(await scratch.open(), await scratch.open());
    }, 60_000);
    afterAll(async () => {
      for (const database of servers) await database.close();
      await scratch?.remove();
    });

    test('30 at once through both servers: exactly 5 take a slot', async () => {
      const subject = freshSubject();
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, (_, n) => takeSlot(servers[n % 2]!.db, guesses, subject))
      );
      expect(takenCount(outcomes)).toBe(5);
    });
  }
);

import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';
import { nameKey } from './student-name.ts';

/**
 * Runs `work` in a transaction that holds PostgreSQL's transaction-level advisory lock `key`, so that work
 * every app server does on its own (seeding at start-up, say) runs on one server at a time, and the next
 * finds what the first made instead of making it again. The lock ends with the transaction, also when the
 * server holding it dies. On PGlite, one process, it costs one statement.
 */
export async function oneServerAtATime<T>(db: Db, key: number, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
    return work(tx);
  });
}

/**
 * Holds, until the transaction ends, the locks of one student joining a quiz or a live session (`scope`, its
 * id): one for the browser and one for the name (as `nameKey` compares names), always in that order, so two
 * tabs of one browser, or two browsers under one name, join one at a time and the second finds the first's
 * attempt, while the rest of the class joins alongside instead of queueing on the set.
 */
export async function lockJoiningStudent(
  tx: Tx,
  scope: string,
  { participantId, studentName }: { participantId: string; studentName: string }
): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`${scope} browser ${participantId}`}, 0)),
      pg_advisory_xact_lock(hashtextextended(${`${scope} name ${nameKey(studentName)}`}, 0))`
  );
}

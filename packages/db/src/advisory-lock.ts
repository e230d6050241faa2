import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';

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

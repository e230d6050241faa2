import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { lockDataDirectory } from './data-directory-lock.ts';
import { readDatabaseEnv } from './env.ts';
import { SelfReleasingPool } from './postgres-pool.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives: the PGlite data directory or the PostgreSQL URL without its password. */
  location: string;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A postgres:// URL; without one the database is PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory, or `memory://` for a database that lives as long as the process. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
};

// Resolved through the package's own name so it still points here when a bundler has moved this code.
export const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve('@newsquiz/db/package.json')),
  'drizzle'
);

// Any fixed number will do; it only has to be the same for every server that migrates this database.
const migrationLockKey = 7_204_118;

/** Opens the database the options (by default the environment) name and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions = readDatabaseEnv()): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? readDatabaseEnv().dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir.startsWith('memory://')) {
    const client = await PGlite.create(dataDir);
    return migratedPglite(client, dataDir, () => client.close());
  }
  // The data is the class's answers and the teachers' password hashes: for this user only. mkdir's mode
  // leaves a folder that exists as it was, so chmod closes one made by an older version too.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const lock = lockDataDirectory(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  // PGlite writes the files of a new database readable and writable by all (0666) whatever the umask.
  makePrivate(dataDir);
  return migratedPglite(client, dataDir, async () => {
    try {
      await client.close();
    } finally {
      lock.release();
    }
  });
}

async function migratedPglite(
  client: PGlite,
  location: string,
  close: () => Promise<void>
): Promise<Database> {
  const db = drizzlePglite({ client, schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  return { db, kind: 'pglite', location, close };
}

/** Takes from group and others every right on the files and folders under `directory`. */
function makePrivate(directory: string): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      chmodSync(path, 0o700);
      makePrivate(path);
    } else if (entry.isFile() && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  }
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  const pool = new SelfReleasingPool({ connectionString: databaseUrl, max: poolSize });
  let closing = false;
  // A connection the server ends (a restart, a failover, a killed backend) emits 'error': without a listener
  // pg throws it at the whole process. Each connection gets one from its first moment, before the migration
  // uses it, whether idle or checked out; the query it was running fails with the same error, so only that
  // request fails, and the pool drops the connection and opens another for the next one.
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      if (!closing)
        console.warn(`PostgreSQL: a connection was lost (${error.message}); the pool opens another.`);
    });
  });
  // The pool re-emits an idle connection's error; the connection's own listener has reported it.
  pool.on('error', () => undefined);
  try {
    // Several app servers may start at once; the advisory lock lets one of them migrate at a time.
    const connection = await pool.connect();
    try {
      await connection.query('select pg_advisory_lock($1)', [migrationLockKey]);
      await migratePostgres(drizzlePostgres({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
      connection.release();
    }
  } catch (error) {
    closing = true;
    await pool.end();
    throw error;
  }
  const db = drizzlePostgres({ client: pool, schema });
  const url = new URL(databaseUrl);
  url.password = '';
  const close = () => {
    closing = true;
    return pool.end();
  };
  return { db, kind: 'postgres', location: url.toString(), close };
}

/** Answers when the database does: for a health check. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * The rows of a statement written in SQL: for the few that one query-builder call cannot say. Both drivers
 * answer with `rows`; JSON comes back parsed, timestamps inside JSON as ISO 8601 text.
 */
export async function queryRows<Row>(db: Db | Tx, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

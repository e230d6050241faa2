import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  PGlite,
  types,
  type PGliteInterface,
  type QueryOptions,
  type Transaction
} from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { lockDataDirectory } from './data-directory-lock.ts';
import { pgliteListen, postgresListen, type Listen } from './notifications.ts';
import { servePreparedStatements, type StatementLog } from './prepared-statement.ts';
import { readDatabaseEnv } from './env.ts';
import { SelfReleasingPool } from './postgres-pool.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What an answer the app has acknowledged survives. */
export type Durability = {
  /** The app's process killed (`kill -9`, a crash): the operating system still has every write. */
  appCrash: boolean;
  /** A power cut or a crash of the machine: only what was flushed to the disk is there. */
  powerCut: boolean;
};

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  durability: Durability;
  /** Where the data lives: the PGlite data directory or the PostgreSQL URL without its password. */
  location: string;
  /** LISTEN on a channel: notifications sent by any app server on this database. */
  listen: Listen;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A postgres:// URL; without one the database is PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory, or `memory://` for a database that lives as long as the process. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
  /**
   * Told the text of every statement sent to the database, transaction control included, once the schema
   * is up to date: for tests that hold each page to its count of statements.
   */
  onStatement?: (text: string) => void;
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
  if (options.databaseUrl)
    return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onStatement);
  return openPglite(options.dataDir ?? readDatabaseEnv().dataDir, options.onStatement);
}

/**
 * The type parsers drizzle's PGlite driver asks for: timestamps, dates and intervals as PostgreSQL's text,
 * which drizzle maps itself. Given to PGlite once, when it opens, rather than with every query as drizzle
 * does: PGlite copies its whole parser table for each result whose query brings its own (see `oneParserTable`).
 */
const drizzleParsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map(
    (type) => [type, (value: string) => value]
  )
);

/**
 * The client drizzle is given: PGlite with the per-query parsers dropped, since PGlite was opened with the
 * same ones. Transactions hand drizzle a wrapped client too. Each can run prepared statements (see
 * prepared-statement.ts).
 */
function oneParserTable<Client extends Pick<PGliteInterface, 'query'>>(
  client: Client,
  pglite: PGlite,
  log: StatementLog,
  tx?: Transaction
): Client {
  const options = (given?: QueryOptions) => (given?.rowMode ? { rowMode: given.rowMode } : undefined);
  const wrapped = new Proxy(client, {
    get(target, property) {
      if (property === 'query')
        return (text: string, params?: unknown[], given?: QueryOptions) => {
          log.onStatement?.(text);
          return target.query(text, params, options(given));
        };
      if (property === 'transaction')
        return async (callback: (tx: Transaction) => Promise<unknown>) => {
          // PGlite sends its own begin and commit (or rollback), past `query`.
          log.onStatement?.('begin');
          const result = await (target as unknown as PGliteInterface).transaction((inner) =>
            callback(oneParserTable(inner, pglite, log, inner))
          );
          log.onStatement?.('commit');
          return result;
        };
      // PGlite keeps its state in private fields: its getters and methods must see the client itself.
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    }
  });
  servePreparedStatements(wrapped, pglite, log, tx);
  return wrapped;
}

async function openPglite(dataDir: string, onStatement?: (text: string) => void): Promise<Database> {
  if (dataDir.startsWith('memory://')) {
    const client = await PGlite.create(dataDir, { parsers: drizzleParsers });
    return migratedPglite(client, dataDir, () => client.close(), onStatement);
  }
  // The data is the class's answers and the teachers' password hashes: for this user only. mkdir's mode
  // leaves a folder that exists as it was, so chmod closes one made by an older version too.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const lock = lockDataDirectory(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { parsers: drizzleParsers });
  } catch (error) {
    lock.release();
    throw error;
  }
  // PGlite writes the files of a new database readable and writable by all (0666) whatever the umask.
  makePrivate(dataDir);
  return migratedPglite(
    client,
    dataDir,
    async () => {
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
    onStatement
  );
}

async function migratedPglite(
  client: PGlite,
  location: string,
  close: () => Promise<void>,
  onStatement?: (text: string) => void
): Promise<Database> {
  // The migration's statements are not the caller's: the log starts once it is done.
  const log: StatementLog = {};
  const db = drizzlePglite({ client: oneParserTable(client, client, log), schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  log.onStatement = onStatement;
  // PGlite runs with fsync off, and on Node's file system its fdatasync does nothing: a commit reaches the
  // operating system, not the disk. Flushing the WAL at commit would not be enough either: a checkpoint
  // writes the data files without flushing them before it moves the redo point past their changes.
  return {
    db,
    kind: 'pglite',
    durability: { appCrash: true, powerCut: false },
    location,
    listen: pgliteListen(client),
    close
  };
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

async function openPostgres(
  databaseUrl: string,
  poolSize: number,
  onStatement?: (text: string) => void
): Promise<Database> {
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
  let powerCut: boolean;
  try {
    // Several app servers may start at once; the advisory lock lets one of them migrate at a time.
    const connection = await pool.connect();
    try {
      await connection.query('select pg_advisory_lock($1)', [migrationLockKey]);
      await migratePostgres(drizzlePostgres({ client: connection }), { migrationsFolder });
      // A commit is on disk before it is acknowledged unless the server was told otherwise.
      const settings = await connection.query<{ flushed: boolean }>(
        "select current_setting('fsync') = 'on' and current_setting('synchronous_commit') <> 'off' as flushed"
      );
      powerCut = settings.rows[0]?.flushed ?? false;
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
      connection.release();
    }
  } catch (error) {
    closing = true;
    await pool.end();
    throw error;
  }
  if (onStatement) logStatements(pool, onStatement);
  const db = drizzlePostgres({ client: pool, schema });
  const url = new URL(databaseUrl);
  url.password = '';
  const listener = postgresListen(databaseUrl);
  const close = async () => {
    closing = true;
    await listener.close();
    await pool.end();
  };
  return {
    db,
    kind: 'postgres',
    durability: { appCrash: true, powerCut },
    location: url.toString(),
    listen: listener.listen,
    close
  };
}

/** Tells `onStatement` of every query the pool's connections send from now on. */
function logStatements(pool: pg.Pool, onStatement: (text: string) => void): void {
  const logged = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => {
    if (logged.has(client)) return;
    logged.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [first] = args;
      onStatement(typeof first === 'string' ? first : (first as { text: string }).text);
      return query(...args);
    }) as typeof client.query;
  });
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

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database, type Db } from './client.ts';
import { attempts } from './schema.ts';
import { readTestDatabaseUrl } from './env.ts';

/** A database made for one test file and removed after it: a PGlite directory or a PostgreSQL database. */
export type ScratchDatabase = {
  kind: Database['kind'];
  /** What `openDatabase` needs to open this same database again, from this process or a child. */
  options: { databaseUrl?: string; dataDir?: string };
  open: () => Promise<Database>;
  remove: () => Promise<void>;
};

export type DatabaseTarget = { kind: Database['kind']; create: () => Promise<ScratchDatabase> };

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server (CI sets it). */
export function databaseTargets(): DatabaseTarget[] {
  const serverUrl = readTestDatabaseUrl();
  const targets: DatabaseTarget[] = [{ kind: 'pglite', create: createPgliteScratch }];
  if (serverUrl) targets.push({ kind: 'postgres', create: () => createPostgresScratch(serverUrl) });
  return targets;
}

async function createPgliteScratch(): Promise<ScratchDatabase> {
  const directory = mkdtempSync(join(tmpdir(), 'newsquiz-pglite-'));
  const options = { dataDir: join(directory, 'data') };
  return {
    kind: 'pglite',
    options,
    open: () => openDatabase(options),
    remove: async () => rmSync(directory, { recursive: true, force: true })
  };
}

async function createPostgresScratch(serverUrl: string): Promise<ScratchDatabase> {
  const name = `newsquiz_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const options = { databaseUrl: url.toString() };
  return {
    kind: 'postgres',
    options,
    open: () => openDatabase(options),
    remove: () => runOnServer(serverUrl, `drop database if exists ${name} with (force)`)
  };
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Sets an attempt's start `hours` back, as if it had been started then: for tests of what ages. */
export async function backdateAttempt(db: Db, attemptId: string, hours: number): Promise<void> {
  await db
    .update(attempts)
    .set({ startedAt: sql`now() - make_interval(hours => ${hours})` })
    .where(eq(attempts.id, attemptId));
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@newsquiz/db';
import pg from 'pg';

export type DatabaseKind = Database['kind'];

/** A database made for one run and removed after it: a fresh PGlite directory or a PostgreSQL database. */
export type ScratchDatabase = {
  kind: DatabaseKind;
  /** The environment that points the app server at this database. */
  serverEnv: { NEWSQUIZ_DATA_DIR: string } | { DATABASE_URL: string };
  open: () => Promise<Database>;
  remove: () => Promise<void>;
};

export type DatabaseTarget = { kind: DatabaseKind; create: () => Promise<ScratchDatabase> };

/** PGlite always; PostgreSQL when the environment names a server to make scratch databases on. */
export function databaseTargets(postgresServerUrl: string | undefined): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ kind: 'pglite', create: createPgliteScratch }];
  if (postgresServerUrl) {
    targets.push({ kind: 'postgres', create: () => createPostgresScratch(postgresServerUrl) });
  }
  return targets;
}

async function createPgliteScratch(): Promise<ScratchDatabase> {
  const directory = mkdtempSync(join(tmpdir(), 'newsquiz-load-'));
  const dataDir = join(directory, 'pglite');
  return {
    kind: 'pglite',
    serverEnv: { NEWSQUIZ_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    remove: async () => rmSync(directory, { recursive: true, force: true })
  };
}

async function createPostgresScratch(serverUrl: string): Promise<ScratchDatabase> {
  const name = `newsquiz_load_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind: 'postgres',
    serverEnv: { DATABASE_URL: databaseUrl },
    open: () => openDatabase({ databaseUrl }),
    remove: () => runOnServer(serverUrl, `drop database if exists ${name} with (force)`)
  };
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
    await client.query(statement);
  } catch (error) {
    throw new Error(`PostgreSQL scratch database: "${statement}" failed: ${(error as Error).message}`, {
      cause: error
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}

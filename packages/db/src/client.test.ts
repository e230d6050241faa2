import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite, type PGliteInterface, type QueryOptions } from '@electric-sql/pglite';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { getAttempt, startAttempt } from './attempts.ts';
import { openDatabase } from './client.ts';
import { dataDirectoryLockName, LockHolder } from './data-directory-lock.ts';
import { databaseTargets } from './test-databases.ts';
import { practiceAttemptInput } from './test-fixtures.ts';

/** A child process running one of this folder's scripts, its output read line by line. */
function runChild(script: string, args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] }
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr }))
  );
  const lines = createInterface({ input: child.stdout });
  // Its first line, or null when it exits without one.
  const firstLine = Promise.race([
    once(lines, 'line').then(([line]) => line as string),
    exited.then(() => null)
  ]);
  return { child, lines, firstLine, exited };
}

/** A server-like child holding the PGlite folder `dataDir` open until its standard input ends. */
function holdDataDirectory(dataDir: string) {
  return runChild('./hold-data-directory.ts', [JSON.stringify({ dataDir })]);
}

function readLock(dataDir: string): LockHolder {
  return LockHolder.parse(JSON.parse(readFileSync(join(dataDir, dataDirectoryLockName), 'utf8')));
}

describe('PGlite is given its type parsers once', () => {
  test('no query brings its own parsers, in or out of a transaction, and timestamps still read as dates', async () => {
    // PGlite copies its whole parser table for every result of a query that brings parsers of its own.
    const given: { text: string; options: QueryOptions | undefined }[] = [];
    const record = <Q extends Pick<PGliteInterface, 'query'>>(client: Q): Q['query'] => {
      const query = client.query.bind(client);
      return (text, params, options) => {
        given.push({ text, options });
        return query(text, params, options);
      };
    };
    const base = Object.getPrototypeOf(PGlite.prototype) as PGliteInterface;
    const { query, transaction } = base;
    const spies = [
      vi.spyOn(base, 'query').mockImplementation(function (this: PGliteInterface, ...args) {
        return record({ query: query.bind(this) })(...args);
      }),
      vi.spyOn(base, 'transaction').mockImplementation(function (this: PGliteInterface, callback) {
        return transaction.call(this, (tx) => {
          tx.query = record(tx);
          return callback(tx);
        });
      })
    ];
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      given.length = 0;
      const { attempt } = await startAttempt(database.db, practiceAttemptInput(2));
      const view = await getAttempt(database.db, attempt.id);
      expect(view.startedAt).toBeInstanceOf(Date);
      expect(view.startedAt.getTime()).toBe(attempt.startedAt.getTime());
      // The start's statements: the page read is a prepared statement, sent past `query` (see prepared-statement.ts).
      expect(given.length).toBeGreaterThan(2);
      for (const { text, options } of given) expect(options?.parsers, text.slice(0, 60)).toBeUndefined();
    } finally {
      for (const spy of spies) spy.mockRestore();
      await database.close();
    }
  }, 60_000);
});

describe.for(databaseTargets())('what an acknowledged answer survives on $kind', (target) => {
  test('PGlite keeps it through a crash of the app, not a power cut; PostgreSQL through both', async () => {
    const scratch = await target.create();
    const database = await scratch.open();
    try {
      expect(database.durability).toEqual({ appCrash: true, powerCut: target.kind === 'postgres' });
    } finally {
      await database.close();
      await scratch.remove();
    }
  }, 60_000);
});

describe('a PGlite folder is opened by one process at a time', () => {
  let directory: string;
  let dataDir: string;
  const newFolder = () => {
    directory = mkdtempSync(join(tmpdir(), 'newsquiz-lock-'));
    dataDir = join(directory, 'data');
  };
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test(
    'a second process refuses a folder in use, naming it and the PID holding it; it opens once that closes',
    { timeout: 120_000 },
    async () => {
      newFolder();
      const first = holdDataDirectory(dataDir);
      expect(await first.firstLine).toBe('ready');

      const second = holdDataDirectory(dataDir);
      const refused = await second.exited;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `NEWSQUIZ_DATA_DIR ${dataDir} is in use by process ${first.child.pid}`
      );
      expect(readLock(dataDir).pid).toBe(first.child.pid);

      first.child.stdin.end();
      expect((await first.exited).code).toBe(0);
      expect(existsSync(join(dataDir, dataDirectoryLockName))).toBe(false);
      const reopened = await openDatabase({ dataDir });
      expect(readLock(dataDir).pid).toBe(process.pid);
      await reopened.close();
    }
  );

  test(
    'a lock left by a process killed with SIGKILL is stale, and taken over',
    { timeout: 120_000 },
    async () => {
      newFolder();
      const killed = holdDataDirectory(dataDir);
      expect(await killed.firstLine).toBe('ready');
      killed.child.kill('SIGKILL');
      expect((await killed.exited).signal).toBe('SIGKILL');
      expect(readLock(dataDir).pid).toBe(killed.child.pid);

      const next = await openDatabase({ dataDir });
      expect(readLock(dataDir).pid).toBe(process.pid);
      await next.close();
    }
  );

  test(
    'three servers starting at once on a stale lock: exactly one opens the folder',
    { timeout: 120_000 },
    async () => {
      newFolder();
      (await openDatabase({ dataDir })).close();
      const gone = { pid: 2 ** 22 + 1, startTime: null, host: hostname(), nonce: 'left-by-a-crash' };
      writeFileSync(join(dataDir, dataDirectoryLockName), JSON.stringify(gone));

      const starting = [1, 2, 3].map(() => holdDataDirectory(dataDir));
      const first = await Promise.all(starting.map((run) => run.firstLine));
      const winners = starting.filter((_, n) => first[n] === 'ready');
      expect(winners).toHaveLength(1);
      expect(readLock(dataDir).pid).toBe(winners[0]!.child.pid);
      for (const run of starting.filter((_, n) => first[n] !== 'ready')) {
        const refused = await run.exited;
        expect(refused.stderr).toContain(`is in use by process ${winners[0]!.child.pid}`);
      }
      winners[0]!.child.stdin.end();
      expect((await winners[0]!.exited).code).toBe(0);
    }
  );

  test('a lock naming a live process that started at another time (a reused PID) is stale', async () => {
    newFolder();
    await (await openDatabase({ dataDir })).close();
    const reused = { pid: process.pid, startTime: '1', host: hostname(), nonce: 'an-earlier-process' };
    writeFileSync(join(dataDir, dataDirectoryLockName), JSON.stringify(reused));

    const database = await openDatabase({ dataDir });
    expect(readLock(dataDir).nonce).not.toBe(reused.nonce);
    await database.close();
  });

  test('one process opening the same folder twice is refused too', async () => {
    newFolder();
    const open = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(
        `NEWSQUIZ_DATA_DIR ${dataDir} is in use by process ${process.pid} (this process)`
      );
    } finally {
      await open.close();
    }
  });

  test('the folder is private: folders 0700, files 0600, also when an older folder was open to all', async () => {
    newFolder();
    const modes = () => {
      const found = { folders: new Set<string>(), files: new Set<string>(), count: 0 };
      const walk = (path: string) => {
        for (const entry of readdirSync(path, { withFileTypes: true })) {
          const child = join(path, entry.name);
          const mode = (statSync(child).mode & 0o777).toString(8);
          if (entry.isDirectory()) {
            found.folders.add(mode);
            walk(child);
          } else found.files.add(mode);
          found.count += 1;
        }
      };
      found.folders.add((statSync(dataDir).mode & 0o777).toString(8));
      walk(dataDir);
      return found;
    };
    await (await openDatabase({ dataDir })).close();
    const fresh = modes();
    expect(fresh.count).toBeGreaterThan(100);
    expect({ folders: [...fresh.folders], files: [...fresh.files] }).toEqual({
      folders: ['700'],
      files: ['600']
    });

    const openToAll = (path: string) => {
      chmodSync(path, 0o777);
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const child = join(path, entry.name);
        if (entry.isDirectory()) openToAll(child);
        else chmodSync(child, 0o666);
      }
    };
    openToAll(dataDir);
    await (await openDatabase({ dataDir })).close();
    const repaired = modes();
    expect({ folders: [...repaired.folders], files: [...repaired.files] }).toEqual({
      folders: ['700'],
      files: ['600']
    });
  });
});

const servers = databaseTargets().filter((target) => target.kind === 'postgres');

describe.for(servers)('connections lost under a burst of answers on $kind', (target) => {
  const answerCount = 480;
  const heldTransactions = 2;

  // A child process, so that an error thrown at the process would show as its death, not this runner's.
  test(
    'killed connections fail only their own requests; the server lives on and keeps every acknowledged answer',
    { timeout: 120_000 },
    async () => {
      const scratch = await target.create();
      const databaseName = new URL(scratch.options.databaseUrl!).pathname.slice(1);
      const admin = new pg.Client({ connectionString: scratch.options.databaseUrl });
      await admin.connect();
      try {
        const setup = await scratch.open();
        const { attempt } = await startAttempt(setup.db, practiceAttemptInput(answerCount));
        await setup.close();

        const { child, lines, exited } = runChild('./connection-loss-writer.ts', [
          JSON.stringify(scratch.options),
          attempt.id,
          String(answerCount),
          String(heldTransactions)
        ]);
        child.stdin.end();
        const terminate = async (which: 'busy' | 'all') => {
          // Mid-transaction first: the held transactions must be asleep inside pg_sleep when they are cut off.
          if (which === 'busy') {
            for (;;) {
              const { rows } = await admin.query<{ n: number }>(
                `select count(*)::int as n from pg_stat_activity
                 where datname = $1 and state = 'active' and query like 'select pg_sleep%'`,
                [databaseName]
              );
              if (rows[0]!.n === heldTransactions) break;
            }
          }
          // All of them at once stands for a restart of the server, which the shared server cannot have.
          const { rows } = await admin.query<{ n: number }>(
            `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
             where datname = $1 and pid <> pg_backend_pid()
               and ($2 = 'all' or state in ('active', 'idle in transaction'))`,
            [databaseName, which]
          );
          return rows[0]!.n;
        };

        const acknowledged: string[] = [];
        const lost: string[] = [];
        let heldLost = 0;
        const terminated: Promise<number>[] = [];
        for await (const line of lines) {
          if (line.startsWith('ack ')) {
            acknowledged.push(line.slice(4));
            if (acknowledged.length === 80) terminated.push(terminate('busy'));
            if (acknowledged.length === 240) terminated.push(terminate('all'));
          } else if (line.startsWith('lost ')) lost.push(line.slice(5));
          else if (line === 'held lost') heldLost += 1;
        }
        const { code, signal, stderr } = await exited;
        expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
        const [busy, all] = await Promise.all(terminated);
        expect(busy).toBeGreaterThanOrEqual(heldTransactions);
        expect(all).toBeGreaterThan(0);
        expect(heldLost).toBe(heldTransactions);
        expect(stderr).toMatch(/PostgreSQL: a connection was lost/);

        const reopened = await scratch.open();
        try {
          const stored = (await getAttempt(reopened.db, attempt.id)).responses.map((r) => r.questionId);
          expect(new Set(acknowledged).size).toBe(answerCount);
          expect(stored.sort()).toEqual([...new Set(acknowledged)].sort());
        } finally {
          await reopened.close();
        }
      } finally {
        await admin.end();
        await scratch.remove();
      }
    }
  );
});

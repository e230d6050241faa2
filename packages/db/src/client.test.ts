import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { getAttempt, startAttempt } from './attempts.ts';
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

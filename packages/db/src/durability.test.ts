import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { getAttempt, startAttempt } from './attempts.ts';
import { databaseTargets } from './test-databases.ts';
import { practiceAttemptInput } from './test-fixtures.ts';

const questionCount = 400;
const killAfterAcks = 40;
const writer = fileURLToPath(new URL('./durability-writer.ts', import.meta.url));

describe.for(databaseTargets())('durability on $kind', (target) => {
  // A new database, a child process that loads TypeScript and opens it, and a reopen: slow on a busy machine.
  test(
    'every answer acknowledged before a SIGKILL is there after reopening',
    { timeout: 120_000 },
    async () => {
      const scratch = await target.create();
      try {
        const setup = await scratch.open();
        const { attempt } = await startAttempt(setup.db, practiceAttemptInput(questionCount));
        await setup.close();

        const child = spawn(
          process.execPath,
          ['--import', 'tsx', writer, JSON.stringify(scratch.options), attempt.id, String(questionCount)],
          { stdio: ['ignore', 'pipe', 'inherit'] }
        );
        const exited = new Promise<NodeJS.Signals | null>((resolve) =>
          child.on('exit', (_, signal) => resolve(signal))
        );
        const acknowledged: string[] = [];
        for await (const line of createInterface({ input: child.stdout })) {
          if (!line.startsWith('ack ')) continue;
          acknowledged.push(line.slice(4));
          // Killed while it is writing: the next answer may be half-way through its commit.
          if (acknowledged.length === killAfterAcks) child.kill('SIGKILL');
        }
        expect(await exited).toBe('SIGKILL');
        // Acknowledgements already on their way when the kill landed are read too, and count like the rest.
        expect(acknowledged.length).toBeGreaterThanOrEqual(killAfterAcks);

        const reopened = await scratch.open();
        try {
          const stored = (await getAttempt(reopened.db, attempt.id)).responses.map((r) => r.questionId);
          expect(stored).toEqual(expect.arrayContaining(acknowledged));
          expect(stored.length).toBeLessThan(questionCount);
        } finally {
          await reopened.close();
        }
      } finally {
        await scratch.remove();
      }
    }
  );
});

// `pnpm bench`: answers recorded per second and their latency with 1, 10 and 100 concurrent writers, on
// PGlite and (when TEST_DATABASE_URL names a server) PostgreSQL, in one run so the figures compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { recordResponse, startAttempt } from '../src/attempts.ts';
import { databaseTargets } from '../src/test-databases.ts';
import { practiceAttemptInput } from '../src/test-fixtures.ts';

const writerCounts = [1, 10, 100];
const answersPerRun = 2000;
const warmupAnswers = 100;

type Row = {
  database: string;
  writers: number;
  answers: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
};

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const rows: Row[] = [];
const targets = databaseTargets();
if (targets.length === 1) console.log('PostgreSQL not measured: set TEST_DATABASE_URL to include it.\n');

for (const target of targets) {
  for (const writers of writerCounts) {
    const scratch = await target.create();
    const database = await scratch.open();
    try {
      // Attempts of at most 100 questions, as many as each writer needs for its share of the answers.
      const perWriter = Math.ceil((answersPerRun + warmupAnswers) / writers);
      const attemptsPerWriter = Math.ceil(perWriter / 100);
      const questionsPerAttempt = Math.ceil(perWriter / attemptsPerWriter);
      const queues: string[][] = [];
      for (let w = 0; w < writers; w += 1) {
        const queue = [];
        for (let a = 0; a < attemptsPerWriter; a += 1) {
          queue.push((await startAttempt(database.db, practiceAttemptInput(questionsPerAttempt))).attempt.id);
        }
        queues.push(queue);
      }
      const latencies: number[] = [];
      let answered = 0;
      let measuredFrom = 0;
      const write = async (queue: string[]) => {
        for (const attemptId of queue) {
          for (let n = 0; n < questionsPerAttempt; n += 1) {
            const started = performance.now();
            await recordResponse(database.db, {
              attemptId,
              questionId: `q-${n}`,
              response: n,
              correct: true,
              points: 1
            });
            answered += 1;
            if (answered === warmupAnswers) measuredFrom = performance.now();
            if (answered > warmupAnswers) latencies.push(performance.now() - started);
          }
        }
      };
      await Promise.all(queues.map(write));
      const seconds = (performance.now() - measuredFrom) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push({
        database: target.kind,
        writers,
        answers: latencies.length,
        perSecond: Math.round(latencies.length / seconds),
        p50Ms: Number(percentile(latencies, 0.5).toFixed(2)),
        p99Ms: Number(percentile(latencies, 0.99).toFixed(2))
      });
    } finally {
      await database.close();
      await scratch.remove();
    }
  }
}

console.table(rows);
const resultsDirectory = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(resultsDirectory, { recursive: true });
writeFileSync(
  `${resultsDirectory}db-responses.json`,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`
);

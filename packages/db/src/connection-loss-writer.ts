// Run by client.test.ts as a child process, like an app server under a burst of answers: it answers every
// question of an attempt from several workers at once and holds transactions open in pg_sleep, while the test
// kills its connections. Prints `ack <questionId>` once an answer is committed, `lost <questionId>` when the
// database dropped it (the answer is then tried again, as a student would), `held lost` when a held
// transaction was cut off, and `done` once every answer is in.
import { sql } from 'drizzle-orm';
import { recordResponse } from './attempts.ts';
import { openDatabase } from './client.ts';
import { isDatabaseUnavailable } from './connection-loss.ts';

const [optionsJson, attemptId, countText, heldText] = process.argv.slice(2);
const database = await openDatabase(JSON.parse(optionsJson!));
const workers = 6;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function holdTransactions(count: number) {
  await Promise.all(
    Array.from({ length: count }, () =>
      database.db
        .transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(600)`);
        })
        .then(
          () => say('held finished'),
          (error: unknown) => say(isDatabaseUnavailable(error) ? 'held lost' : `held failed ${error}`)
        )
    )
  );
}

async function answer(questionId: string) {
  for (;;) {
    try {
      await recordResponse(database.db, {
        attemptId: attemptId!,
        questionId,
        response: 1,
        correct: true,
        points: 1
      });
      say(`ack ${questionId}`);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      say(`lost ${questionId}`);
    }
  }
}

const queue = Array.from({ length: Number(countText) }, (_, n) => `q-${n}`);
say('ready');
const held = holdTransactions(Number(heldText));
await Promise.all(
  Array.from({ length: workers }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await answer(next);
  })
);
await held;
say('done');
await database.close();

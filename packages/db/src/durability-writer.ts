// Run by durability.test.ts as a child process: answers every question of an attempt one at a time and
// prints `ack <questionId>` once each answer is committed, until the test kills it.
import { recordResponse } from './attempts.ts';
import { openDatabase } from './client.ts';

const [optionsJson, attemptId, countText] = process.argv.slice(2);
const database = await openDatabase(JSON.parse(optionsJson!));
process.stdout.write('ready\n');
for (let n = 0; n < Number(countText); n += 1) {
  const questionId = `q-${n}`;
  await recordResponse(database.db, {
    attemptId: attemptId!,
    questionId,
    response: n,
    correct: true,
    points: 1
  });
  process.stdout.write(`ack ${questionId}\n`);
}
await database.close();

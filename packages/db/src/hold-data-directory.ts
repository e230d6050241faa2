// Run by client.test.ts as a child process, like an app server: opens the database its options name and
// prints `ready`, keeps it open until its standard input ends, then closes it and prints `closed`. When the
// database will not open it prints the reason to standard error and exits 1.
import { once } from 'node:events';
import { openDatabase } from './client.ts';

try {
  const database = await openDatabase(JSON.parse(process.argv[2]!));
  process.stdout.write('ready\n');
  process.stdin.resume();
  await once(process.stdin, 'end');
  await database.close();
  process.stdout.write('closed\n');
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}

import { startAppServer, type AppServer } from './app-server.ts';
import { freePort } from './free-port.ts';
import { questionCount } from './load-phase.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { seedQuiz, type SeededQuiz } from './seed-quiz.ts';
import type { StudentRun } from './student-run.ts';

/**
 * The address every server is told is theirs (ORIGIN), as behind a load balancer: forms posted to any pass
 * its CSRF check. Never looked up: the students connect to each server's own port.
 */
export const publicOrigin = 'http://newsquiz.load.test';

export type ServedClass<Run extends StudentRun> = {
  run: Run;
  reconciliation: Reconciliation;
  serverErrorLines: string[];
};

/**
 * A class on a fresh database of the target: a quiz seeded with `seed`, `processes` built app servers on it
 * (more than one needs PostgreSQL), then `runClass`. The servers are stopped, even when the class fails,
 * and the database is reconciled against every answer the class had acknowledged.
 */
export async function runOnSeededServers<Run extends StudentRun>(
  target: DatabaseTarget,
  { seed, processes }: { seed: number; processes: number },
  runClass: (quiz: SeededQuiz, servers: AppServer[]) => Promise<Run>
): Promise<ServedClass<Run>> {
  if (processes > 1 && target.kind !== 'postgres') throw new Error('several app processes need PostgreSQL');
  const scratch = await target.create();
  try {
    let database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount, seed });
    await database.close();

    const env = { ...scratch.serverEnv, ORIGIN: publicOrigin };
    const servers: AppServer[] = [];
    let run: Run;
    try {
      // Started together, as a deployment does: they migrate and seed the demo quiz one at a time.
      const started = await Promise.allSettled(
        Array.from({ length: processes }, async () => startAppServer(await freePort(), env))
      );
      for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      run = await runClass(quiz, servers);
    } finally {
      // A server killed during the class has exited already; stopping it again does nothing.
      for (const server of servers) await server.stop();
    }

    database = await scratch.open();
    try {
      return {
        run,
        reconciliation: await reconcile(database.db, quiz, run.records),
        serverErrorLines: servers.flatMap((server) => server.errorLines())
      };
    } finally {
      await database.close();
    }
  } finally {
    await scratch.remove();
  }
}

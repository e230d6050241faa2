import { setTimeout as sleep } from 'node:timers/promises';
import { startAppServer, type AppServer } from './app-server.ts';
import { freePort } from './free-port.ts';
import { arrivalGapMs, questionCount } from './load-phase.ts';
import { LoadMetrics } from './load-metrics.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { summarizeRun, type RunSummary } from './run-summary.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { seedQuiz } from './seed-quiz.ts';
import { thinkTimes } from './student.ts';
import { runStudents } from './student-run.ts';

export type TwoProcessPhase = RunSummary & {
  killedAfterAnswers: number;
  /** Students whose server was killed and who carried on on the other. */
  movedStudents: number;
  reconciliation: Reconciliation;
  serverErrorLines: string[];
};

/**
 * The address both servers are told is theirs (ORIGIN), as behind a load balancer: forms posted to either
 * pass its CSRF check. Never looked up: the students connect to each server's own port.
 */
const publicOrigin = 'http://newsquiz.load.test';

/**
 * Two built app servers on one PostgreSQL database, the classroom profile's students spread over both;
 * once half the answers are in, one server is killed (SIGKILL) and not restarted, and its students carry on
 * on the other with their own cookies. The database is then reconciled against every acknowledged answer.
 */
export async function runTwoProcessPhase(
  target: DatabaseTarget,
  { students }: { students: number }
): Promise<TwoProcessPhase> {
  if (target.kind !== 'postgres') throw new Error('two app processes need PostgreSQL: PGlite has one');
  const scratch = await target.create();
  try {
    let database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount, seed: 4 });
    await database.close();

    const env = { ...scratch.serverEnv, ORIGIN: publicOrigin };
    const servers: AppServer[] = [];
    const metrics = new LoadMetrics();
    const killAt = Math.floor((students * questionCount) / 2);
    let killedAfterAnswers = 0;
    let run;
    try {
      // Started together, as a deployment does: they migrate and seed the demo quiz one at a time.
      const started = await Promise.allSettled([0, 1].map(async () => startAppServer(await freePort(), env)));
      for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      const running = runStudents(publicOrigin, quiz.joinCode, {
        students,
        rampMs: students * arrivalGapMs,
        metrics,
        thinkTimeMs: thinkTimes.classroom,
        servers: servers.map((server) => server.origin)
      });
      let finished = false;
      const crash = async () => {
        while (!finished && metrics.answersAcknowledged < killAt) await sleep(20);
        if (finished) return;
        killedAfterAnswers = metrics.answersAcknowledged;
        await servers[0]!.kill();
      };
      [run] = await Promise.all([running.finally(() => (finished = true)), crash()]);
    } finally {
      // The killed one has exited already; stopping it again does nothing.
      for (const server of servers) await server.stop();
    }
    if (killedAfterAnswers === 0)
      throw new Error(`two-process run: the students finished before ${killAt} answers were in`);

    database = await scratch.open();
    try {
      const reconciliation = await reconcile(database.db, quiz, run.records);
      return {
        ...summarizeRun(run),
        killedAfterAnswers,
        movedStudents: run.movedStudents,
        reconciliation,
        serverErrorLines: servers.flatMap((server) => server.errorLines())
      };
    } finally {
      await database.close();
    }
  } finally {
    await scratch.remove();
  }
}

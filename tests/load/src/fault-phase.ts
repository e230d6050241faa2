import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { startAppServer } from './app-server.ts';
import { freePort } from './free-port.ts';
import { arrivalGapMs, questionCount } from './load-phase.ts';
import { LoadMetrics } from './load-metrics.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { summarizeRun, type RunSummary } from './run-summary.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { seedQuiz } from './seed-quiz.ts';
import { runStudents } from './student-run.ts';

export type FaultPhase = RunSummary & {
  killedAfterAnswers: number;
  /** From SIGKILL to the restarted server's first healthy answer. */
  outageMs: number;
  reconciliation: Reconciliation;
  serverErrorLines: string[];
};

/**
 * The load again, with the server killed (SIGKILL) once half the answers are in and restarted on the same
 * port and data; students retry what failed with their own cookies and carry on.
 */
export async function runFaultPhase(
  target: DatabaseTarget,
  { students }: { students: number }
): Promise<FaultPhase> {
  const scratch = await target.create();
  try {
    let database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount, seed: 3 });
    await database.close();

    const server = await startAppServer(await freePort(), scratch.serverEnv);
    const metrics = new LoadMetrics();
    const killAt = Math.floor((students * questionCount) / 2);
    let outageMs = Number.NaN;
    let killedAfterAnswers = 0;
    let run;
    try {
      const running = runStudents(server.origin, quiz.joinCode, {
        students,
        rampMs: students * arrivalGapMs,
        metrics
      });
      let finished = false;
      const crash = async () => {
        while (!finished && metrics.answersAcknowledged < killAt) await sleep(20);
        if (finished) return;
        killedAfterAnswers = metrics.answersAcknowledged;
        const killedAt = performance.now();
        await server.kill();
        await server.restart();
        outageMs = Math.round(performance.now() - killedAt);
      };
      [run] = await Promise.all([running.finally(() => (finished = true)), crash()]);
    } finally {
      await server.stop();
    }
    if (Number.isNaN(outageMs))
      throw new Error(`fault run: the students finished before ${killAt} answers were in`);

    database = await scratch.open();
    try {
      const reconciliation = await reconcile(database.db, quiz, run.records);
      return {
        ...summarizeRun(run),
        killedAfterAnswers,
        outageMs,
        reconciliation,
        serverErrorLines: server.errorLines()
      };
    } finally {
      await database.close();
    }
  } finally {
    await scratch.remove();
  }
}

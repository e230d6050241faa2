import { setTimeout as sleep } from 'node:timers/promises';
import { arrivalGapMs, questionCount } from './load-phase.ts';
import { LoadMetrics } from './load-metrics.ts';
import type { Reconciliation } from './reconcile.ts';
import { summarizeRun, type RunSummary } from './run-summary.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { publicOrigin, runOnSeededServers } from './seeded-servers.ts';
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
 * Two built app servers on one PostgreSQL database, the classroom profile's students spread over both;
 * once half the answers are in, one server is killed (SIGKILL) and not restarted, and its students carry on
 * on the other with their own cookies. The database is then reconciled against every acknowledged answer.
 */
export async function runTwoProcessPhase(
  target: DatabaseTarget,
  { students }: { students: number }
): Promise<TwoProcessPhase> {
  if (target.kind !== 'postgres') throw new Error('two app processes need PostgreSQL: PGlite has one');
  const metrics = new LoadMetrics();
  const killAt = Math.floor((students * questionCount) / 2);
  let killedAfterAnswers = 0;
  const { run, reconciliation, serverErrorLines } = await runOnSeededServers(
    target,
    { seed: 4, processes: 2 },
    async (quiz, servers) => {
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
      const [run] = await Promise.all([running.finally(() => (finished = true)), crash()]);
      return run;
    }
  );
  if (killedAfterAnswers === 0)
    throw new Error(`two-process run: the students finished before ${killAt} answers were in`);
  return {
    ...summarizeRun(run),
    killedAfterAnswers,
    movedStudents: run.movedStudents,
    reconciliation,
    serverErrorLines
  };
}

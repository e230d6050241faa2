import { Browser } from './browser.ts';
import { summarizeLatencies, type LatencySummary } from './latency-summary.ts';
import { LoadMetrics } from './load-metrics.ts';
import { LiveClass, takeLiveSession } from './live-student.ts';
import { startLiveTeacher } from './live-teacher.ts';
import { arrivalGapMs, questionCount } from './load-phase.ts';
import type { Reconciliation } from './reconcile.ts';
import { summarizeRun, type RunSummary } from './run-summary.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { publicOrigin, runOnSeededServers } from './seeded-servers.ts';
import { ServerChoice } from './server-choice.ts';
import { thinkTimes } from './student.ts';
import { runStudents } from './student-run.ts';

export type LivePhase = RunSummary & {
  processes: number;
  questions: number;
  /** After which question's reveal one app process was killed (SIGKILL); null when none was. */
  killedAfterQuestion: number | null;
  /** From the teacher sending "open" to a student's page showing the question open, over every student and question. */
  openToSeen: LatencySummary;
  /** The same for the first question opened after the kill alone. */
  openToSeenAfterKill: LatencySummary | null;
  /** Student-questions never seen open: the student's page never showed that question open. */
  unseen: number;
  answersTooLate: number;
  streamsLost: number;
  movedStudents: number;
  teacherMoves: LatencySummary;
  presenterLoads: LatencySummary;
  reconciliation: Reconciliation;
  serverErrorLines: string[];
};

/**
 * A live session on a fresh database of the target: `processes` app servers (two need PostgreSQL), the
 * teacher on the last, the students spread over all, each with JavaScript (an event stream per page). The
 * teacher leads every question (see live-teacher.ts); with `kill`, the first server is killed (SIGKILL)
 * after half the questions, and its students carry on on another. The database is then reconciled against
 * every acknowledged answer.
 */
export async function runLivePhase(
  target: DatabaseTarget,
  { students, processes, kill }: { students: number; processes: number; kill: boolean }
): Promise<LivePhase> {
  if (kill && processes < 2) throw new Error('a kill needs a second process for the students to move to');
  const liveClass = new LiveClass();
  const metrics = new LoadMetrics();
  const teacherMetrics = new LoadMetrics();
  const killAfter = kill ? Math.floor(questionCount / 2) : null;
  const { run, reconciliation, serverErrorLines } = await runOnSeededServers(
    target,
    { seed: 7, processes },
    async (quiz, servers) => {
      const origins = servers.map((server) => server.origin);
      const teacher = await startLiveTeacher(
        new Browser(publicOrigin, teacherMetrics, new ServerChoice(origins, processes - 1)),
        quiz,
        liveClass
      );
      const running = runStudents(publicOrigin, teacher.joinCode, {
        students,
        rampMs: students * arrivalGapMs,
        metrics,
        servers: origins,
        task: (browser, random, record) =>
          takeLiveSession(browser, teacher.joinCode, random, record, liveClass, thinkTimes.classroom)
      });
      const led = teacher.lead({
        students,
        joined: () => liveClass.joined,
        afterReveal: async (number) => {
          if (number === killAfter) await servers[0]!.kill();
        }
      });
      const [run] = await Promise.all([running, led]);
      return run;
    }
  );
  const seen = [...liveClass.openToSeenMs.values()].flat();
  const afterKill = killAfter === null ? undefined : liveClass.openToSeenMs.get(killAfter + 1);
  return {
    ...summarizeRun(run),
    processes,
    questions: questionCount,
    killedAfterQuestion: killAfter,
    openToSeen: summarizeLatencies(seen),
    openToSeenAfterKill: afterKill ? summarizeLatencies(afterKill) : null,
    unseen: students * questionCount - seen.length,
    answersTooLate: liveClass.answersTooLate,
    streamsLost: liveClass.streamsLost,
    movedStudents: run.movedStudents,
    teacherMoves: summarizeLatencies(teacherMetrics.latencies.submit),
    presenterLoads: summarizeLatencies(teacherMetrics.latencies.page),
    reconciliation,
    serverErrorLines
  };
}

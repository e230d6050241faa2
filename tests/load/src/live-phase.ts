import { startAppServer, type AppServer } from './app-server.ts';
import { Browser } from './browser.ts';
import { freePort } from './free-port.ts';
import { summarizeLatencies, type LatencySummary } from './latency-summary.ts';
import { LoadMetrics } from './load-metrics.ts';
import { LiveClass, takeLiveSession } from './live-student.ts';
import { startLiveTeacher } from './live-teacher.ts';
import { arrivalGapMs, questionCount } from './load-phase.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { summarizeRun, type RunSummary } from './run-summary.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { seedQuiz } from './seed-quiz.ts';
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

/** As a deployment behind a load balancer is told its address; see two-process-phase.ts. */
const publicOrigin = 'http://newsquiz.load.test';

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
  if (processes > 1 && target.kind !== 'postgres') throw new Error('several app processes need PostgreSQL');
  if (kill && processes < 2) throw new Error('a kill needs a second process for the students to move to');
  const scratch = await target.create();
  try {
    let database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount, seed: 7 });
    await database.close();

    const env = { ...scratch.serverEnv, ORIGIN: publicOrigin };
    const servers: AppServer[] = [];
    const liveClass = new LiveClass();
    const metrics = new LoadMetrics();
    const teacherMetrics = new LoadMetrics();
    const killAfter = kill ? Math.floor(questionCount / 2) : null;
    let run;
    try {
      for (let index = 0; index < processes; index += 1)
        servers.push(await startAppServer(await freePort(), env));
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
      [run] = await Promise.all([running, led]);
    } finally {
      for (const server of servers) await server.stop();
    }

    database = await scratch.open();
    try {
      const reconciliation = await reconcile(database.db, quiz, run.records);
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
        serverErrorLines: servers.flatMap((server) => server.errorLines())
      };
    } finally {
      await database.close();
    }
  } finally {
    await scratch.remove();
  }
}

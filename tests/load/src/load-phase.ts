import { startAppServer } from './app-server.ts';
import { freePort } from './free-port.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { summarizeRun, type RunSummary } from './run-summary.ts';
import type { DatabaseTarget } from './scratch-database.ts';
import { seedQuiz } from './seed-quiz.ts';
import { measureSpeedRatio, type SpeedRatio } from './speed-ratio.ts';
import { thinkTimes } from './student.ts';
import { runStudents } from './student-run.ts';

export const questionCount = 20;
/** Students arrive this far apart, so a class of 300 is in within 15 s. */
export const arrivalGapMs = 50;

export type LoadPhase = RunSummary & {
  reconciliation: Reconciliation;
  /** Null when the bare comparison could not finish (a request cut short): `speedProblem` says why. */
  speed: SpeedRatio | null;
  speedProblem: string | null;
  serverErrorLines: string[];
};

/**
 * On a fresh database of the target: the speed ratio, then `students` students taking the quiz at once,
 * then the server stopped and the database reconciled against what it acknowledged.
 */
export async function runLoadPhase(
  target: DatabaseTarget,
  options: { students: number; speedSeconds: number; speedConnections: number }
): Promise<LoadPhase> {
  const scratch = await target.create();
  try {
    let database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount, seed: 1 });
    const speedQuiz = await seedQuiz(database.db, { questionCount, seed: 2 });
    await database.close();

    const server = await startAppServer(await freePort(), scratch.serverEnv);
    let speed: SpeedRatio | null = null;
    let speedProblem: string | null = null;
    let run;
    try {
      // A figure, not a check: on a busy machine a request may time out, and the students still run.
      try {
        speed = await measureSpeedRatio(server.origin, speedQuiz.joinCode, {
          connections: options.speedConnections,
          seconds: options.speedSeconds
        });
      } catch (problem) {
        speedProblem = (problem as Error).message;
      }
      run = await runStudents(server.origin, quiz.joinCode, {
        students: options.students,
        rampMs: options.students * arrivalGapMs
      });
    } finally {
      await server.stop();
    }

    database = await scratch.open();
    try {
      const reconciliation = await reconcile(database.db, quiz, run.records);
      return {
        ...summarizeRun(run),
        reconciliation,
        speed,
        speedProblem,
        serverErrorLines: server.errorLines()
      };
    } finally {
      await database.close();
    }
  } finally {
    await scratch.remove();
  }
}

export type ClassroomPhase = RunSummary & { reconciliation: Reconciliation; serverErrorLines: string[] };

/**
 * A class as it really works: `students` students taking the quiz at once, 2 to 5 s between requests, on
 * a fresh database of the target, which is then reconciled against what the server acknowledged.
 */
export async function runClassroomPhase(
  target: DatabaseTarget,
  { students }: { students: number }
): Promise<ClassroomPhase> {
  const scratch = await target.create();
  try {
    let database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount, seed: 1 });
    await database.close();
    const server = await startAppServer(await freePort(), scratch.serverEnv);
    let run;
    try {
      run = await runStudents(server.origin, quiz.joinCode, {
        students,
        rampMs: students * arrivalGapMs,
        thinkTimeMs: thinkTimes.classroom
      });
    } finally {
      await server.stop();
    }
    database = await scratch.open();
    try {
      const reconciliation = await reconcile(database.db, quiz, run.records);
      return { ...summarizeRun(run), reconciliation, serverErrorLines: server.errorLines() };
    } finally {
      await database.close();
    }
  } finally {
    await scratch.remove();
  }
}

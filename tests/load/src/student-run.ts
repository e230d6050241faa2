import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '@newsquiz/question-bank';
import { Browser } from './browser.ts';
import { LoadMetrics } from './load-metrics.ts';
import { takeQuiz, thinkTimes, type StudentRecord, type ThinkTime } from './student.ts';

export type StudentRun = {
  records: StudentRecord[];
  /** One line per student who could not finish, naming the student and what failed. */
  failedStudents: string[];
  metrics: LoadMetrics;
  seconds: number;
};

/**
 * `students` concurrent students on one quiz, arriving evenly over `rampMs` as a class does after the code
 * goes up. Each has its own browser and a seeded random source, so a run's answers can be repeated.
 */
export async function runStudents(
  origin: string,
  joinCode: string,
  {
    students,
    rampMs,
    metrics = new LoadMetrics(),
    thinkTimeMs = thinkTimes.overload
  }: { students: number; rampMs: number; metrics?: LoadMetrics; thinkTimeMs?: ThinkTime }
): Promise<StudentRun> {
  const records: StudentRecord[] = [];
  const failedStudents: string[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: students }, async (_, index) => {
      const record: StudentRecord = {
        name: `Student ${index + 1}`,
        attemptId: null,
        answers: new Map(),
        submitted: false
      };
      records.push(record);
      await sleep((index * rampMs) / students);
      try {
        await takeQuiz(new Browser(origin, metrics), joinCode, seededRandom(index + 1), record, thinkTimeMs);
      } catch (error) {
        failedStudents.push(`${record.name}: ${(error as Error).message}`);
      }
    })
  );
  return { records, failedStudents, metrics, seconds: (performance.now() - started) / 1000 };
}

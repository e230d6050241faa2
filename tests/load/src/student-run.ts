import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { seededRandom, type Random } from '@newsquiz/question-bank';
import { Browser } from './browser.ts';
import { LoadMetrics } from './load-metrics.ts';
import { ServerChoice } from './server-choice.ts';
import { takeQuiz, thinkTimes, type StudentRecord, type ThinkTime } from './student.ts';

/** What one student does with their browser, random source and record: by default, the quiz start to end. */
export type StudentTask = (browser: Browser, random: Random, record: StudentRecord) => Promise<void>;

export type StudentRun = {
  records: StudentRecord[];
  /** One line per student who could not finish, naming the student and what failed. */
  failedStudents: string[];
  metrics: LoadMetrics;
  seconds: number;
  /** Students sent on to another app server when theirs stopped answering. */
  movedStudents: number;
};

/**
 * `students` concurrent students on one quiz, arriving evenly over `rampMs` as a class does after the code
 * goes up. Each has its own browser and a seeded random source, so a run's answers can be repeated. With
 * `servers` (app servers behind the public `origin`), student n starts on server n modulo their number.
 * `task` is what each does, by default the self-paced quiz with the join code.
 */
export async function runStudents(
  origin: string,
  joinCode: string,
  {
    students,
    rampMs,
    metrics = new LoadMetrics(),
    thinkTimeMs = thinkTimes.overload,
    servers = [origin],
    task = (browser, random, record) => takeQuiz(browser, joinCode, random, record, thinkTimeMs)
  }: {
    students: number;
    rampMs: number;
    metrics?: LoadMetrics;
    thinkTimeMs?: ThinkTime;
    servers?: readonly string[];
    task?: StudentTask;
  }
): Promise<StudentRun> {
  const records: StudentRecord[] = [];
  const choices: ServerChoice[] = [];
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
      const choice = new ServerChoice(servers, index);
      choices.push(choice);
      await sleep((index * rampMs) / students);
      try {
        const browser = new Browser(origin, metrics, choice);
        await task(browser, seededRandom(index + 1), record);
      } catch (error) {
        failedStudents.push(`${record.name}: ${(error as Error).message}`);
      }
    })
  );
  return {
    records,
    failedStudents,
    metrics,
    seconds: (performance.now() - started) / 1000,
    movedStudents: choices.filter((choice) => choice.moves > 0).length
  };
}

// The built app when its database fails under it: a second server on its PGlite folder, PostgreSQL
// connections killed mid-request. Needs the build (`pnpm --filter @newsquiz/quiz build`), which turbo's
// test task makes first.
import { seededRandom } from '@newsquiz/question-bank';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { startAppServer } from './app-server.ts';
import { Browser } from './browser.ts';
import { readLoadEnv } from './env.ts';
import { freePort } from './free-port.ts';
import { LoadMetrics } from './load-metrics.ts';
import { parseQuestionPage } from './question-page.ts';
import { planAnswer } from './random-answer.ts';
import { reconcile } from './reconcile.ts';
import { databaseTargets } from './scratch-database.ts';
import { seedQuiz } from './seed-quiz.ts';
import type { StudentRecord } from './student.ts';
import { runStudents } from './student-run.ts';

const targets = databaseTargets(readLoadEnv().postgresServerUrl);
const questionCount = 10;
const retryMessage = 'Please try again in a few seconds';

/** Resolves once `done` holds, looking every 20 ms. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('a second server on the same PGlite folder', () => {
  test(
    'refuses to start, naming the folder and the PID of the server holding it; the first keeps every answer',
    { timeout: 180_000 },
    async () => {
      const scratch = await targets.find((target) => target.kind === 'pglite')!.create();
      try {
        const setup = await scratch.open();
        const quiz = await seedQuiz(setup.db, { questionCount, seed: 5 });
        await setup.close();
        const dataDir = (scratch.serverEnv as { NEWSQUIZ_DATA_DIR: string }).NEWSQUIZ_DATA_DIR;

        const first = await startAppServer(await freePort(), scratch.serverEnv);
        let run;
        try {
          const metrics = new LoadMetrics();
          const running = runStudents(first.origin, quiz.joinCode, { students: 4, rampMs: 200, metrics });
          await until(() => metrics.answersAcknowledged >= 10);
          await expect(startAppServer(await freePort(), scratch.serverEnv)).rejects.toThrow(
            `NEWSQUIZ_DATA_DIR ${dataDir} is in use by process ${first.pid()}`
          );
          run = await running;
        } finally {
          await first.stop();
        }
        expect(run.failedStudents).toEqual([]);

        const after = await scratch.open();
        try {
          const reconciliation = await reconcile(after.db, quiz, run.records);
          expect(reconciliation.problems).toEqual([]);
          expect(reconciliation.answersStored).toBe(4 * questionCount);
        } finally {
          await after.close();
        }
      } finally {
        await scratch.remove();
      }
    }
  );
});

const servers = targets.filter((target) => target.kind === 'postgres');

describe.for(servers)('PostgreSQL connections killed under the app', (target) => {
  test(
    'fail only their own requests, with a 503 that says to retry; the server lives on and keeps every answer',
    { timeout: 180_000 },
    async () => {
      const scratch = await target.create();
      const databaseUrl = (scratch.serverEnv as { DATABASE_URL: string }).DATABASE_URL;
      // One connection watches and kills the app's; the other holds the lock (a transaction would see
      // pg_stat_activity as it was at its first look).
      const admin = new pg.Client({ connectionString: databaseUrl });
      const locker = new pg.Client({ connectionString: databaseUrl });
      try {
        const setup = await scratch.open();
        const quiz = await seedQuiz(setup.db, { questionCount, seed: 6 });
        await setup.close();
        await admin.connect();
        await locker.connect();
        const lockerPid = (await locker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!
          .pid;
        // Every backend of this scratch database but the test's two is the app's.
        const appBackends = async (select: string, where = 'true') =>
          (
            await admin.query<{ n: number }>(
              `select ${select}::int as n from pg_stat_activity
               where datname = current_database() and pid not in (pg_backend_pid(), $1) and ${where}`,
              [lockerPid]
            )
          ).rows[0]!.n;
        const waitingOnLock = () => appBackends('count(*)', `wait_event_type = 'Lock'`);
        // In the select list, so that it runs only on the rows the filter keeps (never on the test's own).
        const terminateApp = () => appBackends('count(pg_terminate_backend(pid))');

        const server = await startAppServer(await freePort(), scratch.serverEnv);
        const pid = server.pid();
        let run;
        try {
          // One student's page and answer, each held behind a lock until its connection is killed.
          const probe: StudentRecord = {
            name: 'Probe',
            attemptId: null,
            answers: new Map(),
            submitted: false
          };
          const browser = new Browser(server.origin, new LoadMetrics());
          const joined = await browser.post('join', '/join', [
            ['code', quiz.joinCode],
            ['name', probe.name]
          ]);
          const attemptPath = joined.location!;
          probe.attemptId = attemptPath.split('/').pop()!;
          const questionPath = (await browser.get('page', attemptPath)).location!;
          const answer = planAnswer(
            parseQuestionPage((await browser.get('page', questionPath)).body),
            seededRandom(1)
          );
          const send = (method: 'GET' | 'POST') =>
            fetch(`${server.origin}${questionPath}`, {
              method,
              redirect: 'manual',
              headers: {
                accept: 'text/html',
                cookie: browser.cookieHeader(questionPath),
                ...(method === 'POST' ? { origin: server.origin } : {})
              },
              body: method === 'POST' ? new URLSearchParams(answer.fields) : undefined
            });

          await locker.query('begin');
          await locker.query('lock table responses in access exclusive mode');
          const held = [send('GET'), send('POST')];
          await until(async () => (await waitingOnLock()) >= 2);
          expect(await terminateApp()).toBeGreaterThanOrEqual(2);
          await locker.query('commit');
          for (const response of await Promise.all(held)) {
            expect(response.status).toBe(503);
            expect(response.headers.get('retry-after')).toBe('5');
            expect(await response.text()).toContain(retryMessage);
          }
          // The pool has replaced the killed connections: the same page and answer now go through.
          expect((await browser.get('page', questionPath)).status).toBe(200);
          expect((await browser.post('answer', questionPath, answer.fields)).status).toBe(303);
          probe.answers.set(1, answer.expected);

          // A class at work when every connection goes at once, as in a restart of PostgreSQL.
          const metrics = new LoadMetrics();
          const running = runStudents(server.origin, quiz.joinCode, { students: 8, rampMs: 400, metrics });
          await until(() => metrics.answersAcknowledged >= 30);
          expect(await terminateApp()).toBeGreaterThan(0);
          run = await running;
          expect(run.failedStudents).toEqual([]);
          for (const failure of metrics.failures.filter((f) => f.kind === 'server-error'))
            expect(failure.message).toMatch(/^503: /);

          for (let number = 2; number <= questionCount; number += 1) {
            const path = questionPath.replace(/\d+$/, String(number));
            const page = parseQuestionPage((await browser.get('page', path)).body);
            const planned = planAnswer(page, seededRandom(number));
            expect((await browser.post('answer', path, planned.fields)).status).toBe(303);
            probe.answers.set(number, planned.expected);
          }
          expect((await browser.post('submit', `${attemptPath}?/submit`, [])).status).toBe(303);
          probe.submitted = true;
          run.records.push(probe);
          expect(server.pid()).toBe(pid);
          // The lost connections and the requests they failed are logged (with pg's words, which may say
          // "error"); nothing else is.
          const reported = /^(\[503\] |PostgreSQL: a connection was lost)/;
          expect(server.errorLines().filter((line) => !reported.test(line))).toEqual([]);
        } finally {
          await server.stop();
        }

        const after = await scratch.open();
        try {
          const reconciliation = await reconcile(after.db, quiz, run.records);
          expect(reconciliation.problems).toEqual([]);
          expect(reconciliation.answersStored).toBe(9 * questionCount);
        } finally {
          await after.close();
        }
      } finally {
        await Promise.all([admin.end(), locker.end()]);
        await scratch.remove();
      }
    }
  );
});

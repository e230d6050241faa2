import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { seededRandom } from '@newsquiz/question-bank';
import { emptyPagePath, staticPagePath } from './bench-build.ts';
import { Browser } from './browser.ts';
import { LoadMetrics } from './load-metrics.ts';
import { parseQuestionPage } from './question-page.ts';
import { planAnswer } from './random-answer.ts';

export type SsrRoute =
  'empty page' | 'static page, results size' | 'question page' | 'answer post' | 'results page';

/** One request autocannon repeats, and the status every answer to it must have. */
export type RouteRequest = {
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  status: 200 | 303;
};

export type RouteRun = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The app server's CPU time (user + system) over the run, per request answered. */
  serverCpuMsPerRequest: number;
};

const ticksPerSecond = 100;

/** User plus system CPU time of a process so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of the file, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/**
 * The requests each student route is measured with, for one student of the quiz behind `joinCode`: the
 * first question page, an answer to it (posted again and again, the answer stands: feedback at the end
 * lets a student change it, so each post is the full upsert), and the results of a second student who
 * handed in; beside them the empty page, and the static page grown to the results page's size in bytes.
 */
export async function prepareRoutes(
  origin: string,
  joinCode: string
): Promise<Record<SsrRoute, RouteRequest>> {
  const student = new Browser(origin, new LoadMetrics());
  const joined = await student.post('join', '/join', [
    ['code', joinCode],
    ['name', 'Bench student']
  ]);
  const questionPath = (await student.get('page', joined.location ?? '')).location ?? '';
  const page = await student.get('page', questionPath);
  if (page.status !== 200) throw new Error(`ssr bench: no question page at ${questionPath} (${page.status})`);
  const answer = planAnswer(parseQuestionPage(page.body), seededRandom(1));

  const finished = new Browser(origin, new LoadMetrics());
  const other = await finished.post('join', '/join', [
    ['code', joinCode],
    ['name', 'Bench finisher']
  ]);
  const handedIn = await finished.post('submit', `${other.location ?? ''}?/submit`, []);
  const resultsPath = handedIn.location ?? '';
  if (handedIn.status !== 303 || !resultsPath.endsWith('/results'))
    throw new Error(`ssr bench: the hand-in answered ${handedIn.status} to ${resultsPath}`);

  const results = await finished.get('page', resultsPath);
  const empty = await finished.get('page', emptyPagePath);
  if (results.status !== 200 || empty.status !== 200)
    throw new Error(`ssr bench: the results page answered ${results.status}, the empty page ${empty.status}`);
  const addedBytes = Buffer.byteLength(results.body) - Buffer.byteLength(empty.body);

  const html = { accept: 'text/html' };
  return {
    'empty page': { path: emptyPagePath, method: 'GET', headers: html, status: 200 },
    'static page, results size': {
      path: staticPagePath(addedBytes),
      method: 'GET',
      headers: html,
      status: 200
    },
    'question page': {
      path: questionPath,
      method: 'GET',
      headers: { ...html, cookie: student.cookieHeader(questionPath) },
      status: 200
    },
    'answer post': {
      path: questionPath,
      method: 'POST',
      headers: {
        ...html,
        cookie: student.cookieHeader(questionPath),
        origin,
        'content-type': 'application/x-www-form-urlencoded'
      },
      body: new URLSearchParams(answer.fields).toString(),
      status: 303
    },
    'results page': {
      path: resultsPath,
      method: 'GET',
      headers: { ...html, cookie: finished.cookieHeader(resultsPath) },
      status: 200
    }
  };
}

/** `request` over `connections` keep-alive connections for `seconds`, after a short warm-up. */
export async function measureRoute(
  origin: string,
  serverPid: number,
  request: RouteRequest,
  { connections, seconds }: { connections: number; seconds: number }
): Promise<RouteRun> {
  const options = {
    url: `${origin}${request.path}`,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections
  };
  await autocannon({ ...options, amount: 200 });
  const cpuBefore = cpuMs(serverPid);
  const result = await autocannon({ ...options, duration: seconds });
  const cpu = cpuMs(serverPid) - cpuBefore;
  const expected = request.status === 200 ? result['2xx'] : result['3xx'];
  if (result.errors > 0 || result.timeouts > 0 || expected !== result.requests.total || expected === 0) {
    throw new Error(
      `ssr bench: ${request.method} ${request.path} gave ${expected} of ${result.requests.total} answers ${request.status}, ${result.errors} errors, ${result.timeouts} timeouts`
    );
  }
  return {
    requestsPerSecond: Math.round(expected / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    serverCpuMsPerRequest: Math.round((cpu / expected) * 1000) / 1000
  };
}

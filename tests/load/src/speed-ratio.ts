import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Browser } from './browser.ts';
import { LoadMetrics } from './load-metrics.ts';

export type SpeedRatio = {
  connections: number;
  seconds: number;
  pageBytes: number;
  appRequestsPerSecond: number;
  bareRequestsPerSecond: number;
  /** The app's requests per second over the bare server's. */
  ratio: number;
};

const bareServerScript = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
const warmUpRequests = 200;

/** A student's first question page: the path, the cookie that opens it and the bytes the app sends. */
async function captureQuestionPage(origin: string, joinCode: string) {
  const browser = new Browser(origin, new LoadMetrics());
  const joined = await browser.post('join', '/join', [
    ['code', joinCode],
    ['name', 'Speed probe']
  ]);
  const attemptPath = joined.location ?? '';
  const path = (await browser.get('page', attemptPath)).location ?? '';
  const page = await browser.get('page', path);
  if (joined.status !== 303 || page.status !== 200 || !page.contentType) {
    throw new Error(
      `speed ratio: could not open a question page (join ${joined.status}, ${path} ${page.status})`
    );
  }
  return { path, cookie: browser.cookieHeader(path), body: page.body, contentType: page.contentType };
}

/** Requests per second of GET `url` over `connections` keep-alive connections, after a short warm-up. */
async function requestsPerSecond(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number
) {
  await autocannon({ url, headers, connections, amount: warmUpRequests });
  const result = await autocannon({ url, headers, connections, duration: seconds });
  if (result.errors > 0 || result.non2xx > 0 || result['2xx'] === 0) {
    throw new Error(
      `speed ratio: ${url} answered ${result['2xx']} times 2xx, ${result.non2xx} otherwise, ${result.errors} errors`
    );
  }
  return Math.round(result['2xx'] / result.duration);
}

async function startBareServer(body: string, contentType: string) {
  const directory = mkdtempSync(join(tmpdir(), 'newsquiz-bare-'));
  const bodyFile = join(directory, 'page.html');
  writeFileSync(bodyFile, body);
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), bareServerScript, bodyFile, contentType],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  );
  const [firstChunk] = (await Promise.race([
    once(child.stdout, 'data'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`speed ratio: the bare server exited (${code}) before it listened`);
    })
  ])) as [Buffer];
  const port = Number(firstChunk.toString('utf8').trim());
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      rmSync(directory, { recursive: true, force: true });
    }
  };
}

/**
 * The question page as the app renders it for one attempt against the same bytes from a bare `node:http`
 * server in its own process: same client, concurrency and duration, one run each.
 */
export async function measureSpeedRatio(
  origin: string,
  joinCode: string,
  { connections, seconds }: { connections: number; seconds: number }
): Promise<SpeedRatio> {
  const page = await captureQuestionPage(origin, joinCode);
  const appRequestsPerSecond = await requestsPerSecond(
    `${origin}${page.path}`,
    { cookie: page.cookie, accept: 'text/html' },
    connections,
    seconds
  );
  const bare = await startBareServer(page.body, page.contentType);
  try {
    const bareRequestsPerSecond = await requestsPerSecond(
      bare.url,
      { accept: 'text/html' },
      connections,
      seconds
    );
    return {
      connections,
      seconds,
      pageBytes: Buffer.byteLength(page.body),
      appRequestsPerSecond,
      bareRequestsPerSecond,
      ratio: Math.round((appRequestsPerSecond / bareRequestsPerSecond) * 1000) / 1000
    };
  } finally {
    await bare.stop();
  }
}

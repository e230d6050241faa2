import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The built app (`pnpm --filter @newsquiz/quiz build`), found through the package so no path is guessed. */
export const appBuildDirectory = join(
  dirname(createRequire(import.meta.url).resolve('@newsquiz/quiz/package.json')),
  'build'
);

const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;
const keptLogLines = 200;

export type AppServer = {
  origin: string;
  /** Ends the server at once, as a crash or `kill -9` would. */
  kill: () => Promise<void>;
  /** Starts it again on the same port and data; resolves once it answers its health check. */
  restart: () => Promise<void>;
  /** Asks it to shut down (SIGTERM), as a deployment would, and waits until it has. */
  stop: () => Promise<void>;
  /** Lines of its output that mention an error, over every start. */
  errorLines: () => string[];
  /** The process of its latest start, while that runs; undefined once it has exited. */
  pid: () => number | undefined;
};

/**
 * Runs `node apps/quiz/build` (or another build of the app: see bench-build.ts) on a loopback port against
 * the database `databaseEnv` names.
 */
export async function startAppServer(
  port: number,
  databaseEnv: Record<string, string>,
  buildDirectory = appBuildDirectory
): Promise<AppServer> {
  if (!existsSync(join(buildDirectory, 'index.js'))) {
    throw new Error(`app server: no build in ${buildDirectory}; run pnpm --filter @newsquiz/quiz build`);
  }
  const origin = `http://127.0.0.1:${port}`;
  // Only what the app needs: nothing of this shell (a DATABASE_URL, say) may point it elsewhere.
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ORIGIN: origin,
    ...databaseEnv
  };
  const log: string[] = [];
  const errors: string[] = [];
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const launch = async () => {
    const started = spawn(process.execPath, [buildDirectory], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log.push(line);
        if (log.length > keptLogLines) log.shift();
        if (/error/i.test(line)) errors.push(line);
      }
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    await waitForHealth(origin, started, log);
  };

  const kill = async () => {
    child?.kill('SIGKILL');
    await exited;
  };

  await launch();
  return {
    origin,
    kill,
    restart: launch,
    stop: async () => {
      child?.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(stopTimeoutMs, false)]);
      if (!stopped) {
        await kill();
        throw new Error(`app server: still running ${stopTimeoutMs / 1000} s after SIGTERM; killed it`);
      }
    },
    errorLines: () => [...errors],
    pid: () => (child && child.exitCode === null && child.signalCode === null ? child.pid : undefined)
  };
}

async function waitForHealth(origin: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `app server: exited (${child.exitCode ?? child.signalCode}) before answering ${origin}/health:\n${log.slice(-20).join('\n')}`
      );
    }
    const healthy = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false
    );
    if (healthy) return;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(
    `app server: ${origin}/health did not answer within ${startTimeoutMs / 1000} s:\n${log.slice(-20).join('\n')}`
  );
}

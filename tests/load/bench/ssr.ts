// Part of `pnpm bench`: each student route of the built app against an empty SvelteKit page of the same
// build, and the results page also against a static page of its own size, on PGlite and (with
// TEST_DATABASE_URL) PostgreSQL, in one run of three rounds. Requests per second and p50/p99 at 10
// connections, p99 at 50, and the server's CPU time per request; writes bench/results/ssr.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startAppServer } from '../src/app-server.ts';
import { buildBenchApp } from '../src/bench-build.ts';
import { freePort } from '../src/free-port.ts';
import { databaseTargets } from '../src/scratch-database.ts';
import { seedQuiz } from '../src/seed-quiz.ts';
import { measureRoute, prepareRoutes, type RouteRun, type SsrRoute } from '../src/ssr-routes.ts';

const env = z
  .object({
    TEST_DATABASE_URL: z.string().optional(),
    LOAD_SSR_SECONDS: z.coerce.number().int().min(1).max(120).default(5),
    LOAD_SSR_ROUNDS: z.coerce.number().int().min(1).max(9).default(3)
  })
  .parse({ ...process.env, TEST_DATABASE_URL: process.env['TEST_DATABASE_URL'] || undefined });
const connections = { throughput: 10, tail: 50 };
const routes: SsrRoute[] = [
  'empty page',
  'static page, results size',
  'question page',
  'answer post',
  'results page'
];

type Round = Record<SsrRoute, { at10: RouteRun; at50: RouteRun }>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const spread = (values: number[]) => ({
  median: Math.round(median(values) * 1000) / 1000,
  min: Math.min(...values),
  max: Math.max(...values)
});
const ratio = (value: number, of: number) => Math.round((value / of) * 1000) / 1000;

console.log('ssr bench: building the app with its bench-only empty page…');
const buildDirectory = await buildBenchApp();
const targets = databaseTargets(env.TEST_DATABASE_URL);
if (targets.length === 1)
  console.log('ssr bench: PostgreSQL not measured: set TEST_DATABASE_URL to include it.');

const results = [];
for (const target of targets) {
  const scratch = await target.create();
  try {
    const database = await scratch.open();
    const quiz = await seedQuiz(database.db, { questionCount: 20, seed: 3 });
    await database.close();
    const server = await startAppServer(await freePort(), scratch.serverEnv, buildDirectory);
    const rounds: Round[] = [];
    try {
      const requests = await prepareRoutes(server.origin, quiz.joinCode);
      for (let round = 1; round <= env.LOAD_SSR_ROUNDS; round += 1) {
        console.log(`ssr bench: ${target.kind}, round ${round} of ${env.LOAD_SSR_ROUNDS}…`);
        const measured = {} as Round;
        for (const route of routes) {
          const run = (connectionCount: number) =>
            measureRoute(server.origin, server.pid()!, requests[route], {
              connections: connectionCount,
              seconds: env.LOAD_SSR_SECONDS
            });
          measured[route] = { at10: await run(connections.throughput), at50: await run(connections.tail) };
        }
        rounds.push(measured);
      }
    } finally {
      await server.stop();
    }
    const summary = routes.map((route) => ({
      route,
      requestsPerSecond: spread(rounds.map((r) => r[route].at10.requestsPerSecond)),
      // Each round's ratio to that round's empty page: the two ran side by side.
      ratioToEmptyPage: spread(
        rounds.map((r) => ratio(r[route].at10.requestsPerSecond, r['empty page'].at10.requestsPerSecond))
      ),
      // The empty page's server CPU per request over the route's: the same ratio without the time spent
      // waiting for a core, which a machine shared with other work adds to requests per second.
      cpuRatioToEmptyPage: spread(
        rounds.map((r) =>
          ratio(r['empty page'].at10.serverCpuMsPerRequest, r[route].at10.serverCpuMsPerRequest)
        )
      ),
      p50Ms: spread(rounds.map((r) => r[route].at10.p50Ms)),
      p99Ms: spread(rounds.map((r) => r[route].at10.p99Ms)),
      p99MsAt50: spread(rounds.map((r) => r[route].at50.p99Ms)),
      serverCpuMsPerRequest: spread(rounds.map((r) => r[route].at10.serverCpuMsPerRequest))
    }));
    // What the results page's own work costs beyond sending that many bytes.
    const resultsToStaticPage = spread(
      rounds.map((r) =>
        ratio(r['results page'].at10.requestsPerSecond, r['static page, results size'].at10.requestsPerSecond)
      )
    );
    results.push({ database: target.kind, summary, resultsToStaticPage, rounds });
  } finally {
    await scratch.remove();
  }
}

console.table(
  results.flatMap(({ database, summary }) =>
    summary.map((row) => ({
      database,
      route: row.route,
      'req/s (10 conn)': `${row.requestsPerSecond.median} (${row.requestsPerSecond.min}–${row.requestsPerSecond.max})`,
      'ratio to empty': `${row.ratioToEmptyPage.median} (${row.ratioToEmptyPage.min}–${row.ratioToEmptyPage.max})`,
      'CPU ratio': `${row.cpuRatioToEmptyPage.median} (${row.cpuRatioToEmptyPage.min}–${row.cpuRatioToEmptyPage.max})`,
      'p50 ms': row.p50Ms.median,
      'p99 ms': row.p99Ms.median,
      'p99 ms (50 conn)': `${row.p99MsAt50.median} (${row.p99MsAt50.min}–${row.p99MsAt50.max})`,
      'CPU ms/req': row.serverCpuMsPerRequest.median
    }))
  )
);

for (const { database, resultsToStaticPage: r } of results)
  console.log(
    `ssr bench: ${database}, the results page against a static page of its size: ${r.median} (${r.min}–${r.max})`
  );

const resultsDirectory = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(resultsDirectory, { recursive: true });
writeFileSync(
  `${resultsDirectory}ssr.json`,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      settings: {
        seconds: env.LOAD_SSR_SECONDS,
        rounds: env.LOAD_SSR_ROUNDS,
        connections,
        note: 'medians of the rounds, with min and max; ratios are to the empty page of the same round'
      },
      results
    },
    null,
    2
  )}\n`
);

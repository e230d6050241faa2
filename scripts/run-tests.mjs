// `pnpm test`: every task of every package through turbo, then one closing line that counts the tests of
// every runner (vitest and Playwright write JSON reports under each package's test-results/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const workspaceFolders = ['apps', 'packages', 'tests'];
const reports = [
  {
    file: 'vitest.json',
    runner: 'vitest',
    count: (r) => [r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests]
  },
  {
    file: 'playwright.json',
    runner: 'playwright',
    // Errors outside any test (a server that did not start, a file that did not load) count as failures.
    count: (r) => [
      r.stats.expected + r.stats.flaky,
      r.stats.unexpected + (r.errors?.length ?? 0),
      r.stats.skipped
    ]
  }
];

const packageDirectories = workspaceFolders.flatMap((folder) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, folder, entry.name))
);

// A report left from an earlier run must not be counted; turbo restores cached ones itself.
for (const directory of packageDirectories) {
  for (const { file } of reports) rmSync(join(directory, 'test-results', file), { force: true });
}

const turbo = spawnSync(
  'pnpm',
  // One task at a time: our machines have two cores, and the browser tests (two browsers and the app) and
  // the database tests (PGlite and PostgreSQL) each keep both busy; side by side they time each other out.
  [
    'exec',
    'turbo',
    'run',
    'lint',
    'format:check',
    'check',
    'test',
    'test:e2e',
    '--concurrency=1',
    ...process.argv.slice(2)
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } }
);

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const directory of packageDirectories) {
  for (const { file, runner, count } of reports) {
    const path = join(directory, 'test-results', file);
    if (!existsSync(path)) continue;
    const [p, f, s] = count(JSON.parse(readFileSync(path, 'utf8')));
    passed += p;
    failed += f;
    skipped += s;
    lines.push(
      `  ${directory.slice(root.length + 1).padEnd(22)} ${runner.padEnd(11)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`
    );
  }
}

const status = turbo.status ?? 1;
console.log(`\nTests by package and runner:\n${lines.join('\n')}`);
if (status !== 0) console.log(`turbo exited with ${status}; see the failing task above.`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);

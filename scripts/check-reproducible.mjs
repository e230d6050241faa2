// `pnpm check:reproducible`: builds the committed app twice, the way CI would, in two fresh clones at paths of
// different lengths, at different times, in different time zones and locales, and compares every file of
// `apps/quiz/build` byte for byte. Exits 1 and names each file that differs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

const commit = run('git', ['rev-parse', 'HEAD'], { cwd: root }).trim();
if (run('git', ['status', '--porcelain'], { cwd: root }).trim()) {
  console.log('Uncommitted changes are not part of this check: it builds the commit only.');
}

/** Clones the commit to `directory`, installs and builds the app there; returns each file's SHA-256. */
function buildIn(directory, environment) {
  run('git', ['clone', '--quiet', '--no-hardlinks', root, directory]);
  run('git', ['checkout', '--quiet', commit], { cwd: directory });
  const env = { ...process.env, ...environment, TURBO_TELEMETRY_DISABLED: '1' };
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: directory, env });
  // --force: a build from turbo's cache would prove nothing.
  run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@newsquiz/quiz', '--force'], {
    cwd: directory,
    env
  });
  const build = join(directory, 'apps/quiz/build');
  const hashes = new Map();
  for (const entry of readdirSync(build, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(build, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

const scratch = mkdtempSync(join(tmpdir(), 'newsquiz-reproducible-'));
try {
  console.log(`Building ${commit.slice(0, 12)} twice under ${scratch} …`);
  const first = buildIn(join(scratch, 'a'), { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
  const second = buildIn(join(scratch, 'second-clone', 'with-a-longer-path'), {
    TZ: 'Asia/Tehran',
    LANG: 'fa_IR.UTF-8',
    LC_ALL: 'fa_IR.UTF-8'
  });
  const files = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differing = files.filter((file) => first.get(file) !== second.get(file));
  const clientFiles = files.filter((file) => file.startsWith('client/')).length;
  if (differing.length > 0) {
    console.log(`${differing.length} of ${files.length} files of apps/quiz/build differ between the builds:`);
    for (const file of differing) {
      const state = !first.has(file)
        ? 'only in the second'
        : !second.has(file)
          ? 'only in the first'
          : 'differs';
      console.log(`  ${file} (${state})`);
    }
    process.exitCode = 1;
  } else {
    console.log(
      `Reproducible: both builds wrote the same ${files.length} files of apps/quiz/build ` +
        `(${clientFiles} under build/client), byte for byte.`
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

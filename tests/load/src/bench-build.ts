import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const appDirectory = dirname(createRequire(import.meta.url).resolve('@newsquiz/quiz/package.json'));
// Inside the app's own .svelte-kit, which git, ESLint and Prettier all skip; inside the app's folder, so its
// node_modules resolve and svelte.config.js finds the commit the build is named after.
const benchAppDirectory = join(appDirectory, '.svelte-kit', 'bench-app');
const copied = ['src', 'node-entry', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];

/** The path of the empty page that only the bench build has. */
export const emptyPagePath = '/bench-empty';

/**
 * The app built again with one more route, an empty page under the app's own layout and hooks, rendered
 * on the server as the student pages are: what SvelteKit itself costs, measured beside the student pages
 * in the same build. Production builds never have the route. Returns the build's folder.
 */
export async function buildBenchApp(): Promise<string> {
  rmSync(benchAppDirectory, { recursive: true, force: true });
  mkdirSync(benchAppDirectory, { recursive: true });
  for (const entry of copied)
    cpSync(join(appDirectory, entry), join(benchAppDirectory, entry), { recursive: true });
  const route = join(benchAppDirectory, 'src', 'routes', emptyPagePath.slice(1));
  mkdirSync(route, { recursive: true });
  writeFileSync(join(route, '+page.svelte'), '<h1>Empty</h1>\n');
  // As every student page: rendered whole on the server, no client router.
  writeFileSync(join(route, '+page.server.ts'), 'export const csr = false;\n');
  // The copy sits inside the app's folder, so the build also reads the app's own generated tsconfig,
  // which a fresh clone has only after a sync.
  await runAppBin('@sveltejs/kit', 'svelte-kit.js', ['sync'], appDirectory);
  await runAppBin('vite', join('bin', 'vite.js'), ['build', '--logLevel', 'error'], benchAppDirectory);
  return join(benchAppDirectory, 'build');
}

async function runAppBin(packageName: string, bin: string, args: string[], cwd: string) {
  const packageJson = createRequire(join(appDirectory, 'package.json')).resolve(
    `${packageName}/package.json`
  );
  const child = spawn(process.execPath, [join(dirname(packageJson), bin), ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit']
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bench build: ${packageName} ${args[0]} exited with ${code}`);
}

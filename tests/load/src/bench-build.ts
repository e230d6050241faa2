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
 * The path of a page, also only in the bench build, that adds `bytes` of fixed markup to the empty page: what
 * SvelteKit and Node cost to send a page of that size (hashing it for its ETag, encoding and writing it), with
 * no data read and nothing escaped.
 */
export const staticPagePath = (bytes: number) => `/bench-static?bytes=${bytes}`;

// The static page's markup, made once per size: paragraphs of plain text, cut to the size.
const staticPageServer = `import { error } from '@sveltejs/kit';
import { renderOnly } from '$lib/render-only';

export const csr = false;
const sentence = 'A page of fixed text, as long as the page it is measured beside. ';
const paragraph = \`<p>\${sentence.repeat(4)}</p>\\n\`;
const made = new Map();

export const load = ({ url }) => {
  const bytes = Number(url.searchParams.get('bytes'));
  if (!Number.isInteger(bytes) || bytes < 0 || bytes > 1_000_000) error(400, 'bytes: a whole number up to 1000000');
  if (!made.has(bytes)) made.set(bytes, paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes));
  return renderOnly({ markup: made.get(bytes) });
};
`;

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
  const staticRoute = join(benchAppDirectory, 'src', 'routes', 'bench-static');
  mkdirSync(staticRoute, { recursive: true });
  writeFileSync(join(staticRoute, '+page.server.js'), staticPageServer);
  writeFileSync(
    join(staticRoute, '+page.svelte'),
    '<script>\n  let { data } = $props();\n</script>\n\n{@html data.markup}\n'
  );
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

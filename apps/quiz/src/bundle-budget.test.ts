import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

// The student's quiz pages must stay light on a school's slow network and old phones. An empty SvelteKit
// page already ships about 31 KB, which leaves the quiz about 9 KB of its own.
const budgetBytes = 40 * 1024;
const quizRoutes = ['/attempts/[id]', '/attempts/[id]/[number=number]'];

const output = join(import.meta.dirname, '..', '.svelte-kit');
const manifestPath = join(output, 'output/client/.vite/manifest.json');
type ManifestEntry = { file: string; isEntry?: boolean; imports?: string[] };

function loadManifest(): Record<string, ManifestEntry> {
  if (!existsSync(manifestPath)) throw new Error('No client build to measure: run `pnpm build` first.');
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

/** The client nodes a route loads: the root layout and those the router's dictionary lists for it. */
function routeNodes(route: string): number[] {
  const app = readFileSync(join(output, 'generated/client-optimized/app.js'), 'utf8');
  const escaped = route.replace(/[[\]/]/g, (character) => `\\${character}`);
  const entry = new RegExp(`"${escaped}": \\[([^\\]]*)\\]`).exec(app);
  if (!entry) throw new Error(`the router does not know ${route}`);
  const listed = entry[1]!.split(',').map((node) => Number(node.replace(/[~\s]/g, '')));
  return [0, ...listed.filter((node) => Number.isInteger(node) && node >= 0)];
}

/** Every JS file a fresh visit to the route loads, with its gzipped size. */
function routeChunks(route: string): { file: string; gzipped: number }[] {
  const manifest = loadManifest();
  const keys = Object.keys(manifest);
  const start = keys.filter((key) => manifest[key]!.isEntry && !key.includes('/nodes/'));
  const nodes = routeNodes(route).map((node) => `.svelte-kit/generated/client-optimized/nodes/${node}.js`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the client manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...start, ...nodes]) visit(key);
  return [...seen].map((key) => {
    const file = manifest[key]!.file;
    return { file, gzipped: gzipSync(readFileSync(join(output, 'output/client', file))).length };
  });
}

describe('JavaScript budget of the quiz pages', () => {
  test.for(quizRoutes)('%s ships at most 40 KB of gzipped JavaScript', (route) => {
    const chunks = routeChunks(route).sort((a, b) => b.gzipped - a.gzipped);
    const total = chunks.reduce((sum, chunk) => sum + chunk.gzipped, 0);
    const listing = chunks
      .map((chunk) => `${chunk.file}: ${(chunk.gzipped / 1024).toFixed(1)} KB`)
      .join('\n');
    expect(total, `${route} loads ${(total / 1024).toFixed(1)} KB gzipped:\n${listing}`).toBeLessThanOrEqual(
      budgetBytes
    );
  });
});

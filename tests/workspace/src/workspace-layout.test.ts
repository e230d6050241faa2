import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const workspaceFolders = ['apps', 'packages', 'tests'];
const skipped = new Set(['node_modules', '.svelte-kit', 'build', 'dist', 'test-results', '.turbo', '.data']);

type Manifest = { name: string; exports?: Record<string, string>; dependencies?: Record<string, string> };

const packages = workspaceFolders.flatMap((folder) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const directory = join(root, folder, entry.name);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as Manifest;
      return { directory, manifest };
    })
);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return [];
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
  });
}

const importPattern = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(importPattern)].map((match) => match[1] ?? '');
}

describe('workspace layout', () => {
  it('finds the packages the design names', () => {
    expect(packages.map((pkg) => pkg.manifest.name).sort()).toEqual(
      expect.arrayContaining(['@newsquiz/config', '@newsquiz/e2e', '@newsquiz/facts', '@newsquiz/quiz'])
    );
  });

  it('gives every library package an exports map whose entry is its index.ts', () => {
    const libraries = packages.filter((pkg) => relative(root, pkg.directory).startsWith('packages/'));
    for (const { manifest } of libraries.filter((pkg) => pkg.manifest.name !== '@newsquiz/config')) {
      expect(manifest.exports?.['.'], manifest.name).toBe('./src/index.ts');
    }
  });

  it('never imports another package by relative path or through its src folder', () => {
    const offences = packages.flatMap(({ directory }) =>
      sourceFiles(directory).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => {
            if (/^@newsquiz\/[^/]+\/src\//.test(specifier)) return true;
            if (!specifier.startsWith('.')) return false;
            const target = join(file, '..', specifier);
            return !target.startsWith(directory + '/') && !specifier.includes('/apps/quiz/build');
          })
          .map((specifier) => `${relative(root, file)} imports ${specifier}`)
      )
    );
    expect(offences).toEqual([]);
  });

  it('keeps the code of facts free of imports from our other packages', () => {
    const facts = packages.find((pkg) => pkg.manifest.name === '@newsquiz/facts');
    expect(facts).toBeDefined();
    const ours = sourceFiles(join(facts!.directory, 'src')).flatMap((file) =>
      importsOf(file).filter(
        (specifier) => specifier.startsWith('@newsquiz/') && !specifier.startsWith('@newsquiz/facts')
      )
    );
    expect(ours).toEqual([]);
  });
});

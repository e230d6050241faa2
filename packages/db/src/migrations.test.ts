import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { migrationsFolder } from './client.ts';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

test('the committed migrations are up to date with the schema', () => {
  const out = mkdtempSync(join(tmpdir(), 'newsquiz-migrations-'));
  try {
    cpSync(migrationsFolder, out, { recursive: true });
    const before = readdirSync(out).sort();
    // drizzle-kit writes a new migration into `out` only when schema.ts differs from the last snapshot.
    execFileSync(
      'pnpm',
      ['exec', 'drizzle-kit', 'generate', '--dialect=postgresql', '--schema=src/schema.ts', `--out=${out}`],
      {
        cwd: packageRoot,
        stdio: 'pipe'
      }
    );
    expect(
      readdirSync(out).sort(),
      'run `pnpm --filter @newsquiz/db generate` and commit the new migration'
    ).toEqual(before);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// PGlite loads its WASM and data files from beside its own module: it must stay outside the server bundle,
// or the server fails with ENOENT on pglite.data.
const keepExternal = ['@electric-sql/pglite'];

export default defineConfig({
  plugins: [sveltekit()],
  ssr: { external: keepExternal },
  optimizeDeps: { exclude: keepExternal },
  test: {
    include: ['src/**/*.test.ts'],
    // CI runs every package's tests at once on 2 cores: a test that builds a bank per question type, or
    // starts a database, can take seconds there, though it takes a fraction of one alone.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
  }
});

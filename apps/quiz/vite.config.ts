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
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
  }
});

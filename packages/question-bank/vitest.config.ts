import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The CLI tests start a TypeScript process each and the QTI tests load a 1 MB XSD into libxml2 (WASM);
    // on a busy 2-core machine either takes seconds.
    testTimeout: 30_000,
    // The test files share nothing they change, so one module graph per worker saves loading
    // zod, the Kerman facts and the default bank again for every file.
    isolate: false,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    benchmark: { include: ['src/**/*.bench.ts'] }
  }
});

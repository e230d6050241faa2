import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved through the package's own name so it still points here when a bundler has moved this code.
const packageRoot = dirname(createRequire(import.meta.url).resolve('@newsquiz/facts/package.json'));

/** Where bundled articles live: one folder per article id, each with a `fact-base.json`. */
export const bundledArticlesDirectory = join(packageRoot, 'articles');

/** The committed JSON Schema of a fact file. */
export const factBaseSchemaPath = join(packageRoot, 'fact-base.schema.json');

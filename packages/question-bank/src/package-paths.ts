import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved through the package's own name so it still points here when a bundler has moved this code.
const packageRoot = dirname(createRequire(import.meta.url).resolve('@newsquiz/question-bank/package.json'));

/** The committed JSON Schema of a bank file. */
export const questionBankSchemaPath = join(packageRoot, 'question-bank.schema.json');

/** The committed editor's review of an article's default bank, item by item. */
export function reviewPath(articleId: string): string {
  return join(packageRoot, 'reviews', `${articleId}.json`);
}

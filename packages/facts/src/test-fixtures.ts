import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactBaseInput } from './schema/fact-base.ts';

/** A second, invented article that exists only to prove the package is not tied to Kerman. */
export const fixtureArticlesDirectory = join(import.meta.dirname, 'fixtures', 'articles');
export const fixtureArticleId = 'harbor-bridge-2025';

/** A fresh, mutable copy of the fixture's fact file, for tests that break it on purpose. */
export function fixtureFactBase(): FactBaseInput {
  return JSON.parse(
    readFileSync(join(fixtureArticlesDirectory, fixtureArticleId, 'fact-base.json'), 'utf8')
  ) as FactBaseInput;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, type FactProblem } from './fact-problem.ts';
import { bundledArticlesDirectory } from './package-paths.ts';
import type { FactBase } from './schema/fact-base.ts';
import { validateFactBase, type FactBaseValidation } from './validate-fact-base.ts';

const factBaseFileName = 'fact-base.json';

export function listArticleIds(directory: string = bundledArticlesDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, factBaseFileName)))
    .map((entry) => entry.name)
    .sort();
}

export function factBasePath(articleId: string, directory: string = bundledArticlesDirectory): string {
  return join(directory, articleId, factBaseFileName);
}

/** Reads and validates one fact file; a missing file or bad JSON is a problem like any other. */
export function readFactBaseFile(path: string): FactBaseValidation {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {
      ok: false,
      problems: [{ code: 'file-not-found', path: [], message: `no fact file at ${path}` }]
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ code: 'invalid-json', path: [], message: `${path} is not valid JSON: ${reason}` }]
    };
  }
  return validateFactBase(input);
}

export class FactBaseInvalidError extends Error {
  readonly problems: FactProblem[];

  constructor(source: string, problems: FactProblem[]) {
    super(`The fact base ${source} is invalid. ${formatProblems(problems)}`);
    this.name = 'FactBaseInvalidError';
    this.problems = problems;
  }
}

/** The validated fact base of an article; throws FactBaseInvalidError listing every problem. */
export function loadFactBase(articleId: string, directory: string = bundledArticlesDirectory): FactBase {
  const path = factBasePath(articleId, directory);
  const result = readFactBaseFile(path);
  if (!result.ok) throw new FactBaseInvalidError(path, result.problems);
  return result.factBase;
}

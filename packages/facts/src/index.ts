export { formatPath, formatProblem, formatProblems } from './fact-problem.ts';
export type { FactProblem, FactProblemCode, ProblemPath } from './fact-problem.ts';
export { factBaseJsonSchema } from './json-schema.ts';
export {
  FactBaseInvalidError,
  factBasePath,
  listArticleIds,
  loadFactBase,
  readFactBaseFile
} from './load-fact-base.ts';
export { bundledArticlesDirectory } from './package-paths.ts';
export { validateFactBase } from './validate-fact-base.ts';
export type { FactBaseValidation } from './validate-fact-base.ts';
export * from './schema/index.ts';

import type { FactProblem } from './fact-problem.ts';
import { integrityProblems } from './integrity-problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { sourceProblems } from './source-problems.ts';
import { FactBase } from './schema/fact-base.ts';

export type FactBaseValidation = { ok: true; factBase: FactBase } | { ok: false; problems: FactProblem[] };

/** Checks a parsed fact file and reports every problem at once: schema, integrity and grounding, then sourcing. */
export function validateFactBase(input: unknown): FactBaseValidation {
  const parsed = FactBase.safeParse(input);
  const problems = [
    ...(parsed.success ? [] : schemaProblems(parsed.error, input)),
    ...integrityProblems(input)
  ];
  // Who-said-what needs resolved references, so it waits for a base that is otherwise sound.
  if (parsed.success && problems.length === 0) problems.push(...sourceProblems(parsed.data));
  if (parsed.success && problems.length === 0) return { ok: true, factBase: parsed.data };
  return { ok: false, problems };
}

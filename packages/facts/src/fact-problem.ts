/** A path into a fact file, as zod reports it: `["entities", 3, "evidence", 0, "quote"]`. */
export type ProblemPath = readonly (string | number)[];

type ProblemOf<Code extends string, Extra = object> = {
  code: Code;
  path: ProblemPath;
  message: string;
} & Extra;

/** Every way a fact file can be wrong, keyed by `code`. */
export type FactProblem =
  | ProblemOf<'file-not-found'>
  | ProblemOf<'invalid-json'>
  | ProblemOf<'missing-field'>
  | ProblemOf<'unknown-field'>
  | ProblemOf<'wrong-type', { expected: string; received: string }>
  | ProblemOf<'invalid-value'>
  | ProblemOf<'invalid-date'>
  | ProblemOf<'duplicate-id', { id: string }>
  | ProblemOf<'unknown-reference', { id: string }>
  | ProblemOf<'wrong-reference-kind', { id: string; expected: string; found: string }>
  | ProblemOf<'unknown-paragraph', { paragraph: string }>
  | ProblemOf<'near-miss-supports', { paragraph: string }>
  | ProblemOf<'quote-not-found', { paragraph: string; quote: string }>
  | ProblemOf<'silent-speaker', { id: string }>
  | ProblemOf<'speaker-is-subject', { id: string }>
  | ProblemOf<'unmarked-claim', { id: string; statement: string }>
  | ProblemOf<'dispute-without-facts', { id: string }>;

export type FactProblemCode = FactProblem['code'];

/** `entities[3].evidence[0].quote`, the way a reader finds the spot in the file. */
export function formatPath(path: ProblemPath): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment,
    ''
  );
}

export function formatProblem(problem: FactProblem): string {
  const where = formatPath(problem.path);
  return where ? `${where}: ${problem.message}` : problem.message;
}

export function formatProblems(problems: readonly FactProblem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`${problems.length} ${noun}:`, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join(
    '\n'
  );
}

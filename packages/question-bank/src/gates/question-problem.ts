/** A path into a question, as zod gives it: `["options", 2, "text"]`. */
export type QuestionPath = readonly (string | number)[];

type ProblemOf<Code extends string, Extra = object> = {
  code: Code;
  path: QuestionPath;
  message: string;
} & Extra;

/** Every reason a question is rejected, keyed by `code`. */
export type QuestionProblem =
  | ProblemOf<'invalid-shape'>
  | ProblemOf<'missing-key'>
  | ProblemOf<'key-not-unique'>
  | ProblemOf<'unknown-key-option', { option: string }>
  | ProblemOf<'too-few-options', { minimum: number }>
  | ProblemOf<'duplicate-option', { text: string }>
  | ProblemOf<'giveaway-option', { text: string }>
  | ProblemOf<'mixed-option-kinds', { kinds: string[] }>
  | ProblemOf<'option-lengths-differ'>
  | ProblemOf<'key-longest', { keyLength: number; longestOther: number }>
  | ProblemOf<'all-or-none-of-the-above'>
  | ProblemOf<'negation-without-emphasis', { word: string }>
  | ProblemOf<'missing-evidence'>
  | ProblemOf<'bad-blank', { blanks: number }>
  | ProblemOf<'bad-range'>
  | ProblemOf<'key-not-evidence'>;

export type QuestionProblemCode = QuestionProblem['code'];

export function formatQuestionPath(path: QuestionPath): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment,
    ''
  );
}

export function formatQuestionProblem(problem: QuestionProblem): string {
  const where = formatQuestionPath(problem.path);
  return where ? `${where}: ${problem.message}` : problem.message;
}

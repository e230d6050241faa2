import type { z } from 'zod';

export type FieldIssue = { path: string; message: string };

/** Every way a repository call can refuse, keyed by `code`; a refused call has changed nothing. */
export type StorageProblem =
  | { code: 'invalid-input'; issues: FieldIssue[] }
  | { code: 'not-found'; entity: 'teacher' | 'set' | 'question' | 'attempt' | 'live session' }
  | { code: 'email-taken'; email: string }
  | { code: 'set-not-open'; status: 'draft' | 'closed' }
  | { code: 'set-opens-later'; opensAt: Date; timeZone: string }
  | { code: 'set-closed-at'; closesAt: Date; timeZone: string }
  | { code: 'set-empty' }
  | { code: 'attempt-limit-reached'; allowed: number }
  | { code: 'attempt-submitted' }
  | { code: 'deadline-passed'; deadline: Date }
  | { code: 'question-not-in-attempt'; questionId: string }
  | { code: 'question-not-in-set'; setQuestionId: string }
  | { code: 'join-code-exhausted' }
  | { code: 'live-session-moved'; state: LiveStateName }
  | { code: 'live-question-closed' }
  | { code: 'live-time-up'; seconds: number };

/** A live session's state, as `live_sessions.state` holds it. */
export type LiveStateName = 'lobby' | 'open' | 'closed' | 'revealed' | 'paused' | 'ended';

export type StorageProblemCode = StorageProblem['code'];

/** A moment as a student reads it, in the zone the teacher scheduled in, and saying which zone that is. */
function inZone(moment: Date, timeZone: string): string {
  const text = moment.toLocaleString('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone });
  return `${text} (${timeZone === 'UTC' ? 'UTC' : `${timeZone} time`})`;
}

const messages: { [C in StorageProblemCode]: (problem: Extract<StorageProblem, { code: C }>) => string } = {
  'invalid-input': (p) => p.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; '),
  'not-found': (p) => `No such ${p.entity}.`,
  'email-taken': (p) => `An account with the email ${p.email} already exists.`,
  'set-not-open': (p) => `This quiz is ${p.status === 'draft' ? 'not published yet' : 'closed'}.`,
  'set-opens-later': (p) => `This quiz opens on ${inZone(p.opensAt, p.timeZone)}. Come back then.`,
  'set-closed-at': (p) =>
    `This quiz closed on ${inZone(p.closesAt, p.timeZone)}. Ask your teacher if you still need to take it.`,
  'set-empty': () => 'A set needs at least one question before it can be published.',
  'attempt-limit-reached': (p) =>
    `This quiz allows ${p.allowed} attempt${p.allowed === 1 ? '' : 's'}, and all have been used.`,
  'attempt-submitted': () => 'This attempt has already been submitted.',
  'deadline-passed': () => 'The time for this attempt is over.',
  'question-not-in-attempt': (p) => `Question ${p.questionId} is not part of this attempt.`,
  'question-not-in-set': (p) => `Question ${p.setQuestionId} is not part of this set.`,
  'join-code-exhausted': () => 'No free join code could be found; try again.',
  'live-session-moved': (p) =>
    p.state === 'ended'
      ? 'This live session has ended.'
      : `The live session has moved on (it is now ${p.state}): this page now shows where it is.`,
  'live-question-closed': () => 'This question is closed: your answer came after the teacher closed it.',
  'live-time-up': (p) =>
    `Your time for this question (${p.seconds} seconds) was up before your answer came: it was not saved.`
};

export function describeStorageProblem(problem: StorageProblem): string {
  const describe = messages[problem.code] as (p: StorageProblem) => string;
  return describe(problem);
}

export class StorageError extends Error {
  readonly problem: StorageProblem;

  constructor(problem: StorageProblem) {
    super(describeStorageProblem(problem));
    this.name = 'StorageError';
    this.problem = problem;
  }
}

export function isStorageError<C extends StorageProblemCode>(
  error: unknown,
  code?: C
): error is StorageError & { problem: Extract<StorageProblem, { code: C }> } {
  return error instanceof StorageError && (code === undefined || error.problem.code === code);
}

/** Parses repository input with its zod schema, turning every issue into a field-named problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new StorageError({
    code: 'invalid-input',
    issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  });
}

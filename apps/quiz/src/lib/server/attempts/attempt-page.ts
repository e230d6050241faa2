import { isDeepStrictEqual } from 'node:util';
import { redirect } from '@sveltejs/kit';
import { isStorageError, recordResponse, submitAttempt, type AttemptView, type Db } from '@newsquiz/db';
import { gradeResponse, studentView } from '@newsquiz/question-bank';
import { snapshotQuestion } from './attempt-view';
import { listNames } from '$lib/format';
import { lateAnswerGraceSeconds } from '../platform/limits';
import { parseAnswerForm } from './response-form';

export const attemptPath = (attemptId: string) => `/attempts/${attemptId}`;

/** A live session's attempt is taken on one page that follows the class. */
export const livePath = (attemptId: string) => `/attempts/${attemptId}/live`;

/**
 * A live session's attempt is answered only on its live page, question by question as the teacher opens
 * them: the self-paced pages send it there until the session ends.
 */
export function leaveIfLive(attempt: Pick<AttemptView, 'id' | 'liveSessionId' | 'submittedAt'>): void {
  if (attempt.liveSessionId && !attempt.submittedAt) redirect(303, livePath(attempt.id));
}

/** Why a post to an attempt changed nothing, as the results page explains it. */
export type Refused = 'handed-in' | 'late';

/** What the results page says about how the attempt ended, carried in its address. */
export type ResultsNote = {
  /** Handed in by the server because time was up. */
  timeout?: boolean;
  refused?: Refused;
  /** Questions whose answer, sent as time ran out, could not be kept. */
  unsaved?: number[];
};

export function resultsPath(attemptId: string, note: ResultsNote = {}): string {
  const query = new URLSearchParams();
  if (note.timeout) query.set('timeout', '1');
  if (note.refused) query.set('refused', note.refused);
  if (note.unsaved?.length) query.set('unsaved', note.unsaved.join(','));
  const search = query.toString();
  return `/attempts/${attemptId}/results${search ? `?${search}` : ''}`;
}

/** How one answer of a post fared. */
export type AnswerOutcome =
  | { number: number; status: 'saved' }
  /** A changed answer to a question whose first answer is final (feedback at once): the first stands. */
  | { number: number; status: 'final' }
  | { number: number; status: 'problem'; message: string };

/** A question's inputs share an id prefix; a refusal names the question by it, as its error paragraph does. */
export const questionField = (number: number) => `q${number}`;

/** What every page of an attempt shows in its header: all of it read with the attempt. */
export function attemptSummary(attempt: AttemptView) {
  const { set } = attempt;
  return {
    id: attempt.id,
    title: set?.title ?? 'Practice quiz',
    articleId: attempt.articleId,
    instructions: set?.instructions ?? '',
    layout: attempt.settings.layout,
    feedback: attempt.settings.feedback,
    /**
     * Seconds left by the server's clock when the page was made, rounded up so that a countdown from them
     * ends no sooner than the deadline; null without a time limit.
     */
    secondsLeft: attempt.deadlineAt
      ? Math.max(0, Math.ceil((attempt.deadlineAt.getTime() - Date.now()) / 1000))
      : null,
    extraTime: extraTimeOf(attempt),
    total: attempt.questions.length,
    // An answer exists only for a question of the attempt (a foreign key says so).
    answered: attempt.responses.length,
    /** With immediate feedback an answer is final; otherwise it can change until submission. */
    answersFinal: attempt.settings.feedback === 'immediate'
  };
}

/**
 * The time this student was given, when it is more than the quiz's (the teacher gave them extra time): read
 * from the attempt's own deadline, which is what the server holds them to.
 */
function extraTimeOf(attempt: AttemptView): { allowedSeconds: number; extraSeconds: number } | null {
  const limit = attempt.settings.timeLimitMinutes;
  if (!attempt.deadlineAt || limit === null) return null;
  const allowedSeconds = Math.round((attempt.deadlineAt.getTime() - attempt.startedAt.getTime()) / 1000);
  const extraSeconds = allowedSeconds - limit * 60;
  return extraSeconds > 0 ? { allowedSeconds, extraSeconds } : null;
}

/** Sends a finished attempt to its results; one whose time is up is handed in first, by the server's clock. */
export async function leaveIfFinished(db: Db, attempt: AttemptView): Promise<void> {
  leaveIfLive(attempt);
  if (attempt.submittedAt) redirect(303, resultsPath(attempt.id));
  if (attempt.expired) {
    await submitAttempt(db, attempt.id);
    redirect(303, resultsPath(attempt.id, { timeout: true }));
  }
}

/**
 * Before a post is read: an attempt already handed in takes no answer, and the results page says that
 * nothing was saved. An attempt whose time is up is still read, for the grace (see saveAnswer).
 */
export function leaveIfHandedIn(attempt: AttemptView): void {
  leaveIfLive(attempt);
  if (attempt.submittedAt) redirect(303, resultsPath(attempt.id, { refused: 'handed-in' }));
}

/**
 * After a post is stored: hands in an attempt whose time is up (by the database's clock, as read when the
 * request began), naming the questions whose answers could not be kept.
 */
export async function handInIfTimeUp(db: Db, attempt: AttemptView, unsaved: number[]): Promise<void> {
  if (!attempt.expired) return;
  await submitAttempt(db, attempt.id);
  redirect(303, resultsPath(attempt.id, { timeout: true, unsaved }));
}

/** Whether the form holds anything for the question of this prefix: a blank question is not an answer. */
export function answerGiven(form: FormData, prefix = ''): boolean {
  const start = prefix ? `${prefix}.` : '';
  return [...form.entries()].some(
    ([key, value]) => key !== 'intent' && key.startsWith(start) && value !== ''
  );
}

/**
 * Grades and stores one answer. Until the grace after the deadline has passed, what the student sent is
 * kept; past it, or once the attempt is handed in, the student goes to the results, which say why nothing
 * was saved.
 */
export async function saveAnswer(
  db: Db,
  attempt: AttemptView,
  number: number,
  form: FormData,
  prefix = ''
): Promise<AnswerOutcome> {
  const row = attempt.questions[number - 1];
  if (!row) return { number, status: 'problem', message: 'That question is not part of this quiz.' };
  const question = snapshotQuestion(row);
  const parsed = parseAnswerForm(studentView(question), form, prefix);
  if (!parsed.ok) return { number, status: 'problem', message: parsed.message };
  const grade = gradeResponse(question, parsed.response, row.maxPoints);
  if (!grade.ok)
    return { number, status: 'problem', message: grade.problems.map((p) => p.message).join('; ') };
  let stored;
  try {
    stored = await recordResponse(db, {
      attemptId: attempt.id,
      questionId: row.questionId,
      response: parsed.response,
      correct: grade.correct,
      points: grade.points,
      replace: attempt.settings.feedback !== 'immediate',
      graceSeconds: lateAnswerGraceSeconds
    });
  } catch (failure) {
    if (isStorageError(failure, 'attempt-submitted'))
      redirect(303, resultsPath(attempt.id, { refused: 'handed-in' }));
    if (isStorageError(failure, 'deadline-passed')) {
      await submitAttempt(db, attempt.id);
      redirect(303, resultsPath(attempt.id, { timeout: true, refused: 'late' }));
    }
    throw failure;
  }
  // A repeat of the stored answer is a retry and fine; a different one was not taken.
  if (stored.outcome === 'unchanged' && !isDeepStrictEqual(stored.response.response, parsed.response))
    return { number, status: 'final' };
  return { number, status: 'saved' };
}

/** Every answer the all-on-one-page form holds, each stored if it can be; blank questions are skipped. */
export async function saveAnswers(db: Db, attempt: AttemptView, form: FormData): Promise<AnswerOutcome[]> {
  const outcomes: AnswerOutcome[] = [];
  for (const row of attempt.questions) {
    const number = row.position + 1;
    const prefix = questionField(number);
    if (answerGiven(form, prefix)) outcomes.push(await saveAnswer(db, attempt, number, form, prefix));
  }
  return outcomes;
}

/** "question 2", "questions 1 and 3", "questions 1, 3 and 5". */
export const questionList = (numbers: number[]) =>
  `${numbers.length === 1 ? 'question' : 'questions'} ${listNames(numbers.map(String))}`;

/** The message of a post some of whose answers were not taken, saying which were saved and which not. */
export function notTakenMessage(outcomes: AnswerOutcome[], handIn: boolean): string {
  const numbers = (status: AnswerOutcome['status']) =>
    outcomes.filter((outcome) => outcome.status === status).map((outcome) => outcome.number);
  const [saved, final, problems] = [numbers('saved'), numbers('final'), numbers('problem')];
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const parts = [];
  if (problems.length > 0)
    parts.push(
      `${capital(questionList(problems))} ${problems.length === 1 ? 'needs' : 'need'} another look (marked below): ${problems.length === 1 ? 'that answer is' : 'those answers are'} not saved.`
    );
  if (final.length > 0)
    parts.push(
      `Your first answer to ${questionList(final)} stands: with feedback at once, an answer cannot be changed once it is checked.`
    );
  parts.push(
    saved.length > 0
      ? `Your ${saved.length === 1 ? 'answer' : 'answers'} to ${questionList(saved)} ${saved.length === 1 ? 'is' : 'are'} saved.`
      : 'No other answer was saved.'
  );
  if (handIn) parts.push('Your quiz is not handed in yet.');
  return parts.join(' ');
}

import { redirect } from '@sveltejs/kit';
import { submitAttempt, type AttemptView, type Db } from '@newsquiz/db';
import { z } from 'zod';
import { fieldErrors, refuse } from '$lib/server/platform/form-refusal';
import {
  answerGiven,
  attemptPath,
  handInIfTimeUp,
  leaveIfHandedIn,
  notTakenMessage,
  questionField,
  resultsPath,
  saveAnswer,
  saveAnswers
} from './attempt-page';

/**
 * What a post asks for besides storing its answers: `submit` hands in; `timeout` is the countdown's post when
 * it reaches zero, which hands in only if the server's clock agrees; `autosave` is the page's script saving
 * as the student goes, which neither hands in nor refuses.
 */
const AllIntent = z.enum(['save', 'submit', 'timeout', 'autosave']);
const OneIntent = z.enum(['save', 'timeout']);

const badIntent = (options: readonly string[]) =>
  refuse(400, {
    message: `The form's intent must be one of ${options.join(', ')}; nothing was saved.`
  });

const finalMessage =
  'Your first answer stands: with feedback at once, an answer cannot be changed once it is checked.';

/** All on one page: stores every answer given, then hands in when the student asked or time is up. */
export async function answerAllPost(db: Db, attempt: AttemptView, form: FormData) {
  leaveIfHandedIn(attempt);
  const intent = AllIntent.safeParse(form.get('intent') ?? 'save');
  if (!intent.success) return badIntent(AllIntent.options);
  const outcomes = await saveAnswers(db, attempt, form);
  if (intent.data === 'autosave')
    return { saved: outcomes.filter((outcome) => outcome.status === 'saved').map(({ number }) => number) };
  const notTaken = outcomes.filter((outcome) => outcome.status !== 'saved');
  await handInIfTimeUp(
    db,
    attempt,
    notTaken.map(({ number }) => number)
  );
  // The page's clock reached zero a moment before the server's: back to the page, whose countdown asks again.
  if (intent.data === 'timeout') redirect(303, attemptPath(attempt.id));
  // Valid answers are kept even when others are refused: a student racing a clock expects work that was
  // right to stay saved, and the message says exactly which answers were saved and which were not.
  if (notTaken.length > 0)
    return refuse(notTaken.some((outcome) => outcome.status === 'problem') ? 400 : 409, {
      message: notTakenMessage(outcomes, intent.data === 'submit'),
      fields: fieldErrors(
        notTaken.map((outcome) => ({
          field: questionField(outcome.number),
          message: outcome.status === 'problem' ? outcome.message : finalMessage
        }))
      )
    });
  // Handing in a blank quiz is the student's right; saving nothing is a mistake worth saying.
  if (outcomes.length === 0 && intent.data === 'save')
    return refuse(400, { message: 'Nothing to save yet: answer at least one question first.' });
  if (intent.data === 'submit') {
    await submitAttempt(db, attempt.id);
    redirect(303, resultsPath(attempt.id));
  }
  return { saved: true };
}

/** One question a page: stores the answer, then goes on; hands in when time is up. */
export async function answerOnePost(db: Db, attempt: AttemptView, number: number, form: FormData) {
  leaveIfHandedIn(attempt);
  const intent = OneIntent.safeParse(form.get('intent') ?? 'save');
  if (!intent.success) return badIntent(OneIntent.options);
  const timeUp = intent.data === 'timeout' || attempt.expired;
  // When time is up a blank question is no mistake: there is simply nothing of it to keep.
  const outcome = answerGiven(form) || !timeUp ? await saveAnswer(db, attempt, number, form) : null;
  await handInIfTimeUp(db, attempt, outcome && outcome.status !== 'saved' ? [number] : []);
  const page = `${attemptPath(attempt.id)}/${number}`;
  if (intent.data === 'timeout' || !outcome) redirect(303, page);
  if (outcome.status !== 'saved') {
    const message = outcome.status === 'problem' ? outcome.message : finalMessage;
    return refuse(outcome.status === 'problem' ? 400 : 409, {
      message,
      fields: { [questionField(number)]: [message] }
    });
  }
  if (attempt.settings.feedback === 'immediate') redirect(303, `${page}#feedback`);
  const next = Math.min(number + 1, attempt.questions.length);
  redirect(303, `${attemptPath(attempt.id)}/${next}`);
}

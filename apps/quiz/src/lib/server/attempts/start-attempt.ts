import { redirect, type RequestEvent } from '@sveltejs/kit';
import { startAttempt, type NewAttempt } from '@newsquiz/db';
import { attemptPath } from './attempt-page';
import { grantAttemptAccess, participantId } from './attempt-access';

/** An attempt to start; whose it is comes from the browser's cookies. */
export type AttemptStart = Omit<NewAttempt, 'participantId'>;

/**
 * Starts an attempt for the browser that asked, gives that browser the attempt's cookie and sends it to the
 * attempt. A start the store refuses (a closed quiz, no attempts left) throws its StorageError and sets no
 * attempt cookie.
 */
export async function startAttemptForBrowser(
  { locals, cookies, url }: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>,
  start: AttemptStart
): Promise<never> {
  const { attempt, accessToken } = await startAttempt(locals.db, {
    ...start,
    participantId: participantId(cookies, url)
  });
  grantAttemptAccess(cookies, url, attempt.id, accessToken);
  redirect(303, attemptPath(attempt.id));
}

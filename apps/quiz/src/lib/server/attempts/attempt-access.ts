import { error, type Cookies } from '@sveltejs/kit';
import {
  getAttemptByToken,
  submitAttemptByToken,
  type Attempt,
  type AttemptReadOptions,
  type AttemptView,
  type Db,
  type ShownQuestions
} from '@newsquiz/db';
import { randomBytes } from 'node:crypto';

const attemptCookie = (attemptId: string) => `nq-attempt-${attemptId}`;
const participantCookie = 'nq-participant';
/** Not a secret: lets the home page offer to continue the quiz; the attempt cookie still guards it. */
export const currentAttemptCookie = 'nq-current';

const secureOn = (url: URL) => url.protocol === 'https:';

/** Binds an attempt to this browser: its token lives in an httpOnly cookie sent only to its own pages. */
export function grantAttemptAccess(cookies: Cookies, url: URL, attemptId: string, accessToken: string): void {
  const options = {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureOn(url),
    maxAge: 60 * 60 * 24 * 30
  } as const;
  cookies.set(attemptCookie(attemptId), accessToken, { ...options, path: `/attempts/${attemptId}` });
  cookies.set(currentAttemptCookie, attemptId, { ...options, path: '/' });
}

/** This browser's long-lived id, which counts its attempts against a set's limit. */
export function participantId(cookies: Cookies, url: URL): string {
  let id = cookies.get(participantCookie);
  if (!id || !/^[\w-]{22,64}$/.test(id)) {
    id = randomBytes(24).toString('base64url');
    cookies.set(participantCookie, id, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureOn(url),
      maxAge: 60 * 60 * 24 * 365
    });
  }
  return id;
}

/** The token of the attempt this browser holds, if any. */
export const attemptToken = (cookies: Cookies, attemptId: string) => cookies.get(attemptCookie(attemptId));

/**
 * The attempt, if this browser holds its token. Anything else is a 404, so that a guessed or copied
 * attempt id reveals nothing, not even that it exists. `shown` names the question whose snapshot the page
 * needs (by number), or 'all'; `options` what else the same statement reads.
 */
export async function requireAttempt(
  db: Db,
  cookies: Cookies,
  attemptId: string,
  shown: ShownQuestions = 'all',
  options: AttemptReadOptions = {}
): Promise<AttemptView> {
  const token = cookies.get(attemptCookie(attemptId));
  const attempt = token ? await getAttemptByToken(db, attemptId, token, shown, options) : null;
  if (!attempt) error(404, 'No such quiz attempt in this browser.');
  return attempt;
}

/**
 * Hands in the attempt if this browser holds its token, else a 404 as requireAttempt gives. The token is
 * checked as the attempt is locked, so the hand-in reads nothing first.
 */
export async function handInAttempt(db: Db, cookies: Cookies, attemptId: string): Promise<Attempt> {
  const token = cookies.get(attemptCookie(attemptId));
  const attempt = token ? await submitAttemptByToken(db, attemptId, token) : null;
  if (!attempt) error(404, 'No such quiz attempt in this browser.');
  return attempt;
}

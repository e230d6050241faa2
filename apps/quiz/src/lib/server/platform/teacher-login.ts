import {
  releaseSlot,
  takeSlot,
  trustedBrowserOf,
  verifyTeacherCredentials,
  type Db,
  type RateLimit,
  type Slot,
  type Teacher
} from '@newsquiz/db';
import { loginGuessesPerAccount, loginGuessesPerClient, loginGuessesPerTrustedBrowser } from './limits';

export type LogInOutcome =
  | { kind: 'logged-in'; teacher: Teacher }
  | { kind: 'wrong' }
  /** `client`: the address has failed too often; `account`: the account (or this browser's budget for it). */
  | { kind: 'limited'; scope: 'client' | 'account'; retryAfterSeconds: number };

/**
 * Checks a log-in, reserving its slots before the password is: however many guesses arrive at once, on
 * however many app servers, no more are checked than the limits allow. A browser that has logged in to
 * the account before guesses on its own budget, so a stranger who keeps the shared one spent cannot lock
 * the owner out. A log-in that succeeds gives its slots back: it was no guess.
 */
export async function checkLogIn(
  db: Db,
  credentials: { email: string; password: string },
  asker: { client: string; browserToken: string | undefined }
): Promise<LogInOutcome> {
  const slots: Slot[] = [];
  const take = async (limit: RateLimit, subject: string) => {
    const outcome = await takeSlot(db, limit, subject);
    if (outcome.taken) slots.push(outcome.slot);
    return outcome;
  };
  const { browserToken } = asker;
  const trustedBy = browserToken
    ? await trustedBrowserOf(db, { email: credentials.email, browserToken })
    : null;
  if (trustedBy && browserToken) {
    const own = await take(loginGuessesPerTrustedBrowser, `${trustedBy} ${browserToken}`);
    if (!own.taken) return { kind: 'limited', scope: 'account', retryAfterSeconds: own.retryAfterSeconds };
  } else {
    const client = await take(loginGuessesPerClient, asker.client);
    if (!client.taken)
      return { kind: 'limited', scope: 'client', retryAfterSeconds: client.retryAfterSeconds };
    const account = await take(loginGuessesPerAccount, credentials.email);
    if (!account.taken)
      return { kind: 'limited', scope: 'account', retryAfterSeconds: account.retryAfterSeconds };
  }
  const teacher = await verifyTeacherCredentials(db, credentials);
  if (!teacher) return { kind: 'wrong' };
  for (const slot of slots) await releaseSlot(db, slot);
  return { kind: 'logged-in', teacher };
}

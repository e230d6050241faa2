import type { RateLimit } from '@newsquiz/db';

// ---- Rate limits and clean-up: log-in, sign-up, join codes, practice (issue 15, findings 4, 5, 8, 11, 12) ----
// Counts live in the database (rate_limits), so every app server shares them and a restart keeps them.
// Per-client limits count the request's address; a whole school may share one, so each is sized for a
// school behind one address, not for one person.

const quarterHour = 15 * 60;
const hour = 60 * 60;

/** Log-in guesses checked per account per 15 minutes from browsers that have not logged in to it before. */
export const loginGuessesPerAccount = {
  bucket: 'login-account',
  max: 5,
  windowSeconds: quarterHour
} as const satisfies RateLimit;

/** Log-in guesses checked per 15 minutes from a browser that has logged in to the account: its own budget. */
export const loginGuessesPerTrustedBrowser = {
  bucket: 'login-browser',
  max: 5,
  windowSeconds: quarterHour
} as const satisfies RateLimit;

/** Failed log-ins per client address per 15 minutes, any account: a staff room of 30 each mistyping once. */
export const loginGuessesPerClient = {
  bucket: 'login-client',
  max: 30,
  windowSeconds: quarterHour
} as const satisfies RateLimit;

/** Current-password checks per teacher per 15 minutes, on the account page. */
export const passwordChecksPerTeacher = {
  bucket: 'password-check',
  max: 5,
  windowSeconds: quarterHour
} as const satisfies RateLimit;

/** Sign-ups per client address per hour: a school's whole staff signing up on a training day. */
export const signUpsPerClient = {
  bucket: 'signup-client',
  max: 100,
  windowSeconds: hour
} as const satisfies RateLimit;

/** Join codes matching no open quiz, per client address per hour: 1000 students, every third mistyping. */
export const wrongJoinCodesPerClient = {
  bucket: 'join-code-guess',
  max: 300,
  windowSeconds: hour
} as const satisfies RateLimit;

/** Joins per client address per hour: 1000 students behind one school address, each joining once. */
export const joinsPerClient = {
  bucket: 'join-client',
  max: 1000,
  windowSeconds: hour
} as const satisfies RateLimit;

/** Practice quizzes started per client address per hour: 600 students one each, or 30 re-drawing every 3 minutes. */
export const practiceStartsPerClient = {
  bucket: 'practice-client',
  max: 600,
  windowSeconds: hour
} as const satisfies RateLimit;

/** A practice attempt nobody has started, answered or handed in for this many hours is deleted. */
export const practiceIdleHours = 24;

/** How often each app server deletes idle practice attempts and the rows of ended rate-limit windows. */
export const cleanupIntervalMinutes = 60;

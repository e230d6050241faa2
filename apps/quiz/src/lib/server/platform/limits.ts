// Every limit the app holds input to, in one module; each block is one concern's.
import type { RateLimit } from '@newsquiz/db';
import { appEnv } from './env';

// Question text and GIFT import. The question bank defines these, so that its GIFT import and the app's
// question form hold a question to the same caps; the form's browser code reads them from the bank too.
export {
  /** Characters of a question's stem: 1,000. */
  maxStemLength,
  /** Characters of the explanation a student reads after answering: 2,000. */
  maxExplanationLength,
  /** Characters of a topic's id: 100. */
  maxTopicLength,
  /** Characters of one option, prompt, match or item to order: 300. */
  maxChoiceLength,
  /** Rows of options, prompts, matches, items or evidence quotes in one question: 20. */
  maxRows,
  /** Characters of a paragraph's id as the question form sends it: 10. */
  maxParagraphIdLength,
  /** Characters of a cloze passage, or of a paragraph offered as an answer: 2,000. */
  maxPassageLength,
  /** Characters of the accepted answers together, one a line: 2,000. */
  maxAcceptedLength,
  /** Characters of a matching question's extra matches together, one a line: 2,000. */
  maxDistractorsLength,
  /** Characters of a number as written, and of its unit: 40. */
  maxNumberLength,
  /** Characters of one evidence quote: 1,000. */
  maxQuoteLength,
  /** Characters of a whole GIFT text or file, refused before it is parsed: 200 KB. */
  maxGiftLength,
  /** Questions in one GIFT import, refused before any is read: 500. */
  maxGiftQuestions
} from '@newsquiz/question-bank/text-limits';

// The server's error log.
/** Errors of a `cause` chain the log describes, the first included: 5. */
export const loggedErrorCauses = 5;

// Database availability.
/** Seconds a request that lost the database tells the browser to wait before trying again (Retry-After). */
export const databaseRetryAfterSeconds = 5;

// Rate limits and clean-up: log-in, sign-up, join codes, practice.
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

/**
 * Sign-ups per client address per hour: a school's whole staff signing up on a training day (100, or
 * `SIGNUPS_PER_ADDRESS_PER_HOUR`).
 */
export const signUpsPerClient = {
  bucket: 'signup-client',
  max: appEnv.signUpsPerAddressPerHour,
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

// Timed quizzes.
/**
 * Seconds after a deadline that answers are still taken: what was on the page when time ran out, sent by
 * the countdown or by the student's own button, and still on its way. Such answers count and are dated
 * after the deadline; later ones are refused.
 */
export const lateAnswerGraceSeconds = 30;

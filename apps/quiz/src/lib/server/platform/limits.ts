// Every limit the app holds input to, in one module; each block is one concern's.

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

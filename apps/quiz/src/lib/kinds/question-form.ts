import { Skill } from '@newsquiz/question-bank';
import {
  maxAcceptedLength,
  maxChoiceLength,
  maxDistractorsLength,
  maxExplanationLength,
  maxNumberLength,
  maxParagraphIdLength,
  maxPassageLength,
  maxQuoteLength,
  maxRows,
  maxStemLength,
  maxTopicLength
} from '@newsquiz/question-bank/text-limits';
import { z } from 'zod';

const Text = (max: number) => z.string().max(max, `Keep this under ${max} characters.`);
const Rows = (max: number) => z.array(Text(max)).max(maxRows, `Use at most ${maxRows} rows.`);

/**
 * The question form as the browser sends it, every field text: rows of options, pairs and quotes keep
 * their places, blanks and all, so that a refused form comes back exactly as it was typed. Every kind's
 * fields are here, named once: a component that posts a field not in it does not compile.
 */
export const QuestionFormValues = z.object({
  stem: Text(maxStemLength),
  explanation: Text(maxExplanationLength),
  topic: Text(maxTopicLength),
  skill: Skill,
  /** Choices; for an ordering question, the items in the right order. */
  options: Rows(maxChoiceLength),
  /** Row numbers of the options marked correct. */
  correct: z.array(z.string().regex(/^\d{1,2}$/, 'Mark options by their row.')).max(maxRows),
  answer: z.enum(['', 'true', 'false']),
  /** Blank on forms of other types, which have no such field. */
  numericKind: z.enum(['', 'tolerance', 'range']),
  value: Text(maxNumberLength),
  tolerance: Text(maxNumberLength),
  min: Text(maxNumberLength),
  max: Text(maxNumberLength),
  unit: Text(maxNumberLength),
  /** Accepted answers, one a line. */
  accepted: Text(maxAcceptedLength),
  passage: Text(maxPassageLength),
  prompts: Rows(maxChoiceLength),
  /** Not "matches", which as a form field would hide the form element's own matches() method. */
  matchTexts: Rows(maxChoiceLength),
  /** Matches that fit no prompt, one a line. */
  distractors: Text(maxDistractorsLength),
  /** Paragraphs an evidence-selection question offers, one a row. */
  offered: Rows(maxParagraphIdLength),
  paragraphs: Rows(maxParagraphIdLength),
  quotes: Rows(maxQuoteLength)
});
export type QuestionFormValues = z.infer<typeof QuestionFormValues>;

/** The name a question form's field posts under, checked against the schema by the type checker. */
export type QuestionFormField = keyof QuestionFormValues;

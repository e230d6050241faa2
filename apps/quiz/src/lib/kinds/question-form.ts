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
import { noNul } from '$lib/server/platform/form-text';

/** A text field, and what its messages call it. */
const Text = (max: number, field: string) =>
  z.string().max(max, `Keep this under ${max} characters.`).check(noNul(field));
const Rows = (max: number, field: string) =>
  z.array(Text(max, field)).max(maxRows, `Use at most ${maxRows} rows.`);

/**
 * The question form as the browser sends it, every field text: rows of options, pairs and quotes keep
 * their places, blanks and all, so that a refused form comes back exactly as it was typed. Every kind's
 * fields are here, named once: a component that posts a field not in it does not compile.
 */
export const QuestionFormValues = z.object({
  stem: Text(maxStemLength, 'The question'),
  explanation: Text(maxExplanationLength, 'The explanation'),
  topic: Text(maxTopicLength, 'The topic'),
  skill: Skill,
  /** Choices; for an ordering question, the items in the right order. */
  options: Rows(maxChoiceLength, 'The option'),
  /** Row numbers of the options marked correct. */
  correct: z.array(z.string().regex(/^\d{1,2}$/, 'Mark options by their row.')).max(maxRows),
  answer: z.enum(['', 'true', 'false']),
  /** Blank on forms of other types, which have no such field. */
  numericKind: z.enum(['', 'tolerance', 'range']),
  value: Text(maxNumberLength, 'The value'),
  tolerance: Text(maxNumberLength, 'The tolerance'),
  min: Text(maxNumberLength, 'The lowest value'),
  max: Text(maxNumberLength, 'The highest value'),
  unit: Text(maxNumberLength, 'The unit'),
  /** Accepted answers, one a line. */
  accepted: Text(maxAcceptedLength, 'The accepted answers'),
  passage: Text(maxPassageLength, 'The passage'),
  prompts: Rows(maxChoiceLength, 'The prompt'),
  /** Not "matches", which as a form field would hide the form element's own matches() method. */
  matchTexts: Rows(maxChoiceLength, 'The match'),
  /** Matches that fit no prompt, one a line. */
  distractors: Text(maxDistractorsLength, 'The extra matches'),
  /** Paragraphs an evidence-selection question offers, one a row. */
  offered: Rows(maxParagraphIdLength, 'The paragraph offered'),
  paragraphs: Rows(maxParagraphIdLength, 'The paragraph'),
  quotes: Rows(maxQuoteLength, 'The quote')
});
export type QuestionFormValues = z.infer<typeof QuestionFormValues>;

/** The name a question form's field posts under, checked against the schema by the type checker. */
export type QuestionFormField = keyof QuestionFormValues;

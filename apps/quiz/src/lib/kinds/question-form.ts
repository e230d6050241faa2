import { Skill } from '@newsquiz/question-bank';
import { z } from 'zod';
import { noNul } from '$lib/server/platform/form-text';
import { maxRows } from './form-rows';

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
  stem: Text(1000, 'The question'),
  explanation: Text(2000, 'The explanation'),
  topic: Text(100, 'The topic'),
  skill: Skill,
  /** Choices; for an ordering question, the items in the right order. */
  options: Rows(300, 'The option'),
  /** Row numbers of the options marked correct. */
  correct: z.array(z.string().regex(/^\d{1,2}$/, 'Mark options by their row.')).max(maxRows),
  answer: z.enum(['', 'true', 'false']),
  /** Blank on forms of other types, which have no such field. */
  numericKind: z.enum(['', 'tolerance', 'range']),
  value: Text(40, 'The value'),
  tolerance: Text(40, 'The tolerance'),
  min: Text(40, 'The lowest value'),
  max: Text(40, 'The highest value'),
  unit: Text(40, 'The unit'),
  /** Accepted answers, one a line. */
  accepted: Text(2000, 'The accepted answers'),
  passage: Text(2000, 'The passage'),
  prompts: Rows(300, 'The prompt'),
  /** Not "matches", which as a form field would hide the form element's own matches() method. */
  matchTexts: Rows(300, 'The match'),
  /** Matches that fit no prompt, one a line. */
  distractors: Text(2000, 'The extra matches'),
  /** Paragraphs an evidence-selection question offers, one a row. */
  offered: Rows(10, 'The paragraph offered'),
  paragraphs: Rows(10, 'The paragraph'),
  quotes: Rows(1000, 'The quote')
});
export type QuestionFormValues = z.infer<typeof QuestionFormValues>;

/** The name a question form's field posts under, checked against the schema by the type checker. */
export type QuestionFormField = keyof QuestionFormValues;

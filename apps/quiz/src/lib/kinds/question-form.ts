import { Skill } from '@newsquiz/question-bank';
import { z } from 'zod';
import { maxRows } from './form-rows';

const Text = (max: number) => z.string().max(max, `Keep this under ${max} characters.`);
const Rows = (max: number) => z.array(Text(max)).max(maxRows, `Use at most ${maxRows} rows.`);

/**
 * The question form as the browser sends it, every field text: rows of options, pairs and quotes keep
 * their places, blanks and all, so that a refused form comes back exactly as it was typed. Every kind's
 * fields are here, named once: a component that posts a field not in it does not compile.
 */
export const QuestionFormValues = z.object({
  stem: Text(1000),
  explanation: Text(2000),
  topic: Text(100),
  skill: Skill,
  /** Choices; for an ordering question, the items in the right order. */
  options: Rows(300),
  /** Row numbers of the options marked correct. */
  correct: z.array(z.string().regex(/^\d{1,2}$/, 'Mark options by their row.')).max(maxRows),
  answer: z.enum(['', 'true', 'false']),
  /** Blank on forms of other types, which have no such field. */
  numericKind: z.enum(['', 'tolerance', 'range']),
  value: Text(40),
  tolerance: Text(40),
  min: Text(40),
  max: Text(40),
  unit: Text(40),
  /** Accepted answers, one a line. */
  accepted: Text(2000),
  passage: Text(2000),
  prompts: Rows(300),
  /** Not "matches", which as a form field would hide the form element's own matches() method. */
  matchTexts: Rows(300),
  /** Matches that fit no prompt, one a line. */
  distractors: Text(2000),
  /** Paragraphs an evidence-selection question offers, one a row. */
  offered: Rows(10),
  paragraphs: Rows(10),
  quotes: Rows(1000)
});
export type QuestionFormValues = z.infer<typeof QuestionFormValues>;

/** The name a question form's field posts under, checked against the schema by the type checker. */
export type QuestionFormField = keyof QuestionFormValues;

import { z } from 'zod';
import { shownAnswers } from '../gates/question-rules.ts';
import { AcceptedAnswers, commonFields } from '../question-fields.ts';
import { typedAnswerParts } from './accepted-answers.ts';
import { noProblems, type QuestionKind } from './question-kind.ts';

export const ShortAnswerQuestion = z
  .object({ ...commonFields, type: z.literal('short-answer'), key: AcceptedAnswers })
  .strict();
export type ShortAnswerQuestion = z.infer<typeof ShortAnswerQuestion>;

export const ShortAnswerResponse = z
  .object({ type: z.literal('short-answer'), text: z.string().max(500) })
  .strict();
export type ShortAnswerResponse = z.infer<typeof ShortAnswerResponse>;

export const shortAnswer: QuestionKind<ShortAnswerQuestion, ShortAnswerResponse> = {
  label: 'Short answer',
  summary: 'A word or phrase the student types; you list what counts.',
  question: ShortAnswerQuestion,
  response: ShortAnswerResponse,
  responseForm: 'production',
  ...typedAnswerParts(),
  optionProblems: (question) => shownAnswers(question.stem, question.key),
  textProblems: noProblems
};

import { z } from 'zod';
import { commonFields } from '../question-fields.ts';
import { noProblems, type QuestionKind } from './question-kind.ts';

export const TrueFalseQuestion = z
  .object({ ...commonFields, type: z.literal('true-false'), key: z.boolean() })
  .strict();
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;

export const TrueFalseResponse = z.object({ type: z.literal('true-false'), value: z.boolean() }).strict();
export type TrueFalseResponse = z.infer<typeof TrueFalseResponse>;

const truthText = (value: boolean) => (value ? 'True' : 'False');

export const trueFalse: QuestionKind<TrueFalseQuestion, TrueFalseResponse> = {
  label: 'True or false',
  summary: 'A statement that is true or false.',
  question: TrueFalseQuestion,
  response: TrueFalseResponse,
  responseForm: 'recognition',
  score: (question, response) => (response.value === question.key ? 1 : 0),
  keyText: (question) => [truthText(question.key)],
  responseText: (_question, response) => [truthText(response.value)],
  choices: (question) =>
    [true, false].map((value) => ({
      text: truthText(value),
      correct: value === question.key,
      chosenIn: (response) => response.value === value
    })),
  keyProblems: noProblems,
  optionProblems: noProblems,
  textProblems: noProblems
};

import { z } from 'zod';
import { answerOptionProblems, keyLengthProblems, unknownKeyOptions } from '../gates/question-rules.ts';
import { Choice, ChoiceId, choiceText, commonFields } from '../question-fields.ts';
import { noProblems, type QuestionKind } from './question-kind.ts';

export const SingleChoiceQuestion = z
  .object({ ...commonFields, type: z.literal('single-choice'), options: z.array(Choice), key: ChoiceId })
  .strict();
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;

export const SingleChoiceResponse = z.object({ type: z.literal('single-choice'), choice: ChoiceId }).strict();
export type SingleChoiceResponse = z.infer<typeof SingleChoiceResponse>;

export const singleChoice: QuestionKind<SingleChoiceQuestion, SingleChoiceResponse> = {
  label: 'Single choice',
  summary: 'One right answer among options.',
  question: SingleChoiceQuestion,
  response: SingleChoiceResponse,
  responseForm: 'recognition',
  score: (question, response) => (response.choice === question.key ? 1 : 0),
  keyText: (question) => [choiceText(question.options, question.key)],
  answerWordings: (question) => [[choiceText(question.options, question.key)]],
  responseText: (question, response) => [choiceText(question.options, response.choice)],
  choices: (question) =>
    question.options.map((option) => ({
      text: option.text,
      correct: option.id === question.key,
      chosenIn: (response) => response.choice === option.id
    })),
  keyProblems: (question) => [
    ...unknownKeyOptions(question.options, [question.key], ['key']),
    ...keyLengthProblems(question.options, question.key)
  ],
  optionProblems: answerOptionProblems,
  textProblems: noProblems
};

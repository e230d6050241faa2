import { z } from 'zod';
import { choiceListProblems, unknownKeyOptions } from '../gates/question-rules.ts';
import { Choice, ChoiceId, choiceText, commonFields } from '../question-fields.ts';
import { noProblems, roundScore, type QuestionKind } from './question-kind.ts';

export const OrderingQuestion = z
  .object({
    ...commonFields,
    type: z.literal('ordering'),
    options: z.array(Choice).describe('in the order shown to the student'),
    key: z.array(ChoiceId).describe('the option ids in the right order')
  })
  .strict();
export type OrderingQuestion = z.infer<typeof OrderingQuestion>;

export const OrderingResponse = z.object({ type: z.literal('ordering'), order: z.array(ChoiceId) }).strict();
export type OrderingResponse = z.infer<typeof OrderingResponse>;

const orderText = (question: OrderingQuestion, order: readonly string[]) =>
  order.map((id, index) => `${index + 1}. ${choiceText(question.options, id)}`);

export const ordering: QuestionKind<OrderingQuestion, OrderingResponse> = {
  label: 'Ordering',
  summary: 'Items to put in order, such as events in time.',
  question: OrderingQuestion,
  response: OrderingResponse,
  responseForm: 'arrangement',
  score: (question, response) => {
    // Credit for each neighbouring pair of the key kept in the right order, so one slip costs little.
    const position = new Map(response.order.map((id, index) => [id, index]));
    const complete =
      response.order.length === question.key.length && question.key.every((id) => position.has(id));
    if (!complete) return 0;
    const pairs = question.key.slice(1).map((id, index) => [question.key[index]!, id] as const);
    const right = pairs.filter(([a, b]) => position.get(a)! < position.get(b)!).length;
    return roundScore(right / pairs.length);
  },
  keyText: (question) => orderText(question, question.key),
  responseText: (question, response) => orderText(question, response.order),
  keyProblems: (question) => {
    const isPermutation =
      question.key.length === question.options.length && new Set(question.key).size === question.key.length;
    return isPermutation
      ? unknownKeyOptions(question.options, question.key, ['key'])
      : [{ code: 'key-not-unique', path: ['key'], message: 'the key must list every option exactly once' }];
  },
  optionProblems: (question) =>
    choiceListProblems({
      choices: question.options,
      field: 'options',
      stem: question.stem,
      answers: false,
      minimum: 3
    }),
  textProblems: noProblems
};

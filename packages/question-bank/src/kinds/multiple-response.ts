import { z } from 'zod';
import { answerOptionProblems, missingKey, unknownKeyOptions } from '../gates/question-rules.ts';
import { Choice, ChoiceId, choiceText, commonFields } from '../question-fields.ts';
import { noProblems, roundScore, type QuestionKind } from './question-kind.ts';

export const MultipleResponseQuestion = z
  .object({
    ...commonFields,
    type: z.literal('multiple-response'),
    options: z.array(Choice),
    key: z.array(ChoiceId)
  })
  .strict();
export type MultipleResponseQuestion = z.infer<typeof MultipleResponseQuestion>;

export const MultipleResponseResponse = z
  .object({ type: z.literal('multiple-response'), choices: z.array(ChoiceId) })
  .strict();
export type MultipleResponseResponse = z.infer<typeof MultipleResponseResponse>;

export const multipleResponse: QuestionKind<MultipleResponseQuestion, MultipleResponseResponse> = {
  label: 'Multiple response',
  summary: 'Several right answers among options.',
  question: MultipleResponseQuestion,
  response: MultipleResponseResponse,
  responseForm: 'recognition',
  score: (question, response) => {
    // Each right choice earns a share and each wrong one takes a share back, never below zero.
    const chosen = new Set(response.choices);
    const key = new Set(question.key);
    const right = [...chosen].filter((id) => key.has(id)).length;
    const wrong = chosen.size - right;
    const wrongOptions = question.options.length - key.size;
    const score = right / key.size - (wrongOptions > 0 ? wrong / wrongOptions : 0);
    return Math.max(0, roundScore(score));
  },
  keyText: (question) => question.key.map((id) => choiceText(question.options, id)),
  answerWordings: (question) => question.key.map((id) => [choiceText(question.options, id)]),
  responseText: (question, response) => response.choices.map((id) => choiceText(question.options, id)),
  choices: (question) =>
    question.options.map((option) => ({
      text: option.text,
      correct: question.key.includes(option.id),
      chosenIn: (response) => response.choices.includes(option.id)
    })),
  keyProblems: (question) => {
    if (question.key.length === 0) return [missingKey('no option is marked correct')];
    if (new Set(question.key).size !== question.key.length) {
      return [{ code: 'key-not-unique', path: ['key'], message: 'the key names one option twice' }];
    }
    return unknownKeyOptions(question.options, question.key, ['key']);
  },
  optionProblems: answerOptionProblems,
  textProblems: noProblems
};

import { z } from 'zod';
import {
  answerOptionProblems,
  choiceListProblems,
  missingKey,
  unknownKeyOptions
} from '../gates/question-rules.ts';
import type { QuestionProblem } from '../gates/question-problem.ts';
import { Choice, ChoiceId, choiceText, commonFields } from '../question-fields.ts';
import { noProblems, roundScore, type QuestionKind } from './question-kind.ts';

export const MatchPair = z.object({ prompt: ChoiceId, option: ChoiceId }).strict();
export type MatchPair = z.infer<typeof MatchPair>;

export const MatchingQuestion = z
  .object({
    ...commonFields,
    type: z.literal('matching'),
    prompts: z.array(Choice),
    options: z.array(Choice),
    key: z.array(MatchPair)
  })
  .strict();
export type MatchingQuestion = z.infer<typeof MatchingQuestion>;

export const MatchingResponse = z.object({ type: z.literal('matching'), pairs: z.array(MatchPair) }).strict();
export type MatchingResponse = z.infer<typeof MatchingResponse>;

const pairsText = (question: MatchingQuestion, pairs: readonly MatchPair[]) =>
  pairs.map(
    (pair) => `${choiceText(question.prompts, pair.prompt)}: ${choiceText(question.options, pair.option)}`
  );

function keyProblems(question: MatchingQuestion): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  question.prompts.forEach((prompt, index) => {
    const matches = question.key.filter((pair) => pair.prompt === prompt.id).length;
    if (matches === 0)
      problems.push({ ...missingKey(`prompt "${prompt.id}" has no match`), path: ['prompts', index] });
    if (matches > 1) {
      problems.push({
        code: 'key-not-unique',
        path: ['prompts', index],
        message: `prompt "${prompt.id}" has ${matches} matches`
      });
    }
  });
  const used = question.key.map((pair) => pair.option);
  if (new Set(used).size !== used.length) {
    problems.push({
      code: 'key-not-unique',
      path: ['key'],
      message: 'one option is the match of two prompts'
    });
  }
  return [...problems, ...unknownKeyOptions(question.options, used, ['key'])];
}

export const matching: QuestionKind<MatchingQuestion, MatchingResponse> = {
  label: 'Matching',
  summary: 'Prompts to pair with their matches.',
  question: MatchingQuestion,
  response: MatchingResponse,
  responseForm: 'arrangement',
  score: (question, response) => {
    const given = new Map(response.pairs.map((pair) => [pair.prompt, pair.option]));
    const right = question.key.filter((pair) => given.get(pair.prompt) === pair.option).length;
    return roundScore(right / question.key.length);
  },
  keyText: (question) => pairsText(question, question.key),
  responseText: (question, response) => pairsText(question, response.pairs),
  keyProblems,
  optionProblems: (question) => [
    ...answerOptionProblems(question),
    ...choiceListProblems({
      choices: question.prompts,
      field: 'prompts',
      stem: question.stem,
      answers: false
    }),
    ...(question.prompts.length < 3
      ? [
          {
            code: 'too-few-options',
            minimum: 3,
            path: ['prompts'],
            message: 'needs at least 3 pairs'
          } as const
        ]
      : [])
  ],
  textProblems: noProblems
};

import { acceptedAnswerProblems } from '../gates/question-rules.ts';
import { normaliseAnswer } from '../normalise-answer.ts';
import type { QuestionKind } from './question-kind.ts';

type TypedQuestion = { type: string; key: string[] };
type TypedResponse = { type: string; text: string };

/**
 * What the kinds with a typed answer (short or in a blank) share: right when the answer matches an accepted
 * one once normalised, and said in words as the first accepted answer.
 */
export function typedAnswerParts<Q extends TypedQuestion, R extends TypedResponse>(): Pick<
  QuestionKind<Q, R>,
  'score' | 'keyText' | 'answerWordings' | 'responseText' | 'keyProblems'
> {
  return {
    score: (question, response) => {
      const given = normaliseAnswer(response.text);
      return given !== '' && question.key.some((answer) => normaliseAnswer(answer) === given) ? 1 : 0;
    },
    keyText: (question) => question.key.slice(0, 1),
    answerWordings: (question) => [question.key],
    responseText: (_question, response) => [response.text],
    keyProblems: (question) => acceptedAnswerProblems(question.key)
  };
}

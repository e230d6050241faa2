import { z } from 'zod';
import { negationProblems, shownAnswers } from '../gates/question-rules.ts';
import type { QuestionProblem } from '../gates/question-problem.ts';
import { AcceptedAnswers, commonFields } from '../question-fields.ts';
import { typedAnswerParts } from './accepted-answers.ts';
import type { QuestionKind } from './question-kind.ts';

/** The blank of a cloze passage; exactly one per passage. */
export const clozeBlank = '{{blank}}';

export const ClozeQuestion = z
  .object({
    ...commonFields,
    type: z.literal('cloze'),
    passage: z.string().min(1).describe(`the text with one ${clozeBlank} where the answer goes`),
    key: AcceptedAnswers
  })
  .strict();
export type ClozeQuestion = z.infer<typeof ClozeQuestion>;

export const ClozeResponse = z.object({ type: z.literal('cloze'), text: z.string().max(500) }).strict();
export type ClozeResponse = z.infer<typeof ClozeResponse>;

function blankProblems(passage: string): QuestionProblem[] {
  const blanks = passage.split(clozeBlank).length - 1;
  return blanks === 1
    ? []
    : [
        {
          code: 'bad-blank',
          blanks,
          path: ['passage'],
          message: `the passage needs exactly one ${clozeBlank}, not ${blanks}`
        }
      ];
}

export const cloze: QuestionKind<ClozeQuestion, ClozeResponse> = {
  label: 'Fill the blank',
  summary: 'A passage with one blank to fill.',
  question: ClozeQuestion,
  response: ClozeResponse,
  responseForm: 'production',
  ...typedAnswerParts(),
  optionProblems: (question) => shownAnswers(`${question.stem} ${question.passage}`, question.key),
  textProblems: (question) => [
    ...negationProblems(question.passage, ['passage']),
    ...blankProblems(question.passage)
  ]
};

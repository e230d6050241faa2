import { ParagraphId } from '@newsquiz/facts';
import { z } from 'zod';
import { choiceListProblems, missingKey, unknownKeyOptions } from '../gates/question-rules.ts';
import type { QuestionProblem } from '../gates/question-problem.ts';
import { Choice, commonFields } from '../question-fields.ts';
import { noProblems, type QuestionKind } from './question-kind.ts';

/** A paragraph offered as where the article might say so: its id is the paragraph's, its text the paragraph's. */
export const ParagraphChoice = Choice.extend({ id: ParagraphId });
export type ParagraphChoice = z.infer<typeof ParagraphChoice>;

/**
 * "Show where the article says so": the student picks the paragraph that supports a claim. The key is the
 * paragraphs the question cites as its evidence, so the grade rests on the evidence, not on a separate key
 * that could drift from it.
 */
export const EvidenceSelectionQuestion = z
  .object({
    ...commonFields,
    type: z.literal('evidence-selection'),
    options: z.array(ParagraphChoice),
    key: z.array(ParagraphId)
  })
  .strict();
export type EvidenceSelectionQuestion = z.infer<typeof EvidenceSelectionQuestion>;

export const EvidenceSelectionResponse = z
  .object({ type: z.literal('evidence-selection'), choice: ParagraphId })
  .strict();
export type EvidenceSelectionResponse = z.infer<typeof EvidenceSelectionResponse>;

/** The offered paragraphs that the question cites as evidence: exactly the ones a student may pick. */
export const citedOptions = (question: Pick<EvidenceSelectionQuestion, 'options' | 'evidence'>) =>
  question.options
    .filter((option) => question.evidence.some((item) => item.paragraph === option.id))
    .map((option) => option.id);

/** "Paragraph 12", as the article's paragraphs are numbered for readers. */
const paragraphName = (paragraph: string) => `Paragraph ${paragraph.slice(1)}`;

function keyProblems(question: EvidenceSelectionQuestion): QuestionProblem[] {
  if (question.key.length === 0) return [missingKey('no paragraph is marked as where the article says so')];
  const cited = citedOptions(question);
  const drift =
    cited.length !== question.key.length || cited.some((paragraph) => !question.key.includes(paragraph));
  return [
    ...unknownKeyOptions(question.options, question.key, ['key']),
    ...(drift
      ? [
          {
            code: 'key-not-evidence',
            path: ['key'],
            message: `the key (${question.key.join(', ')}) is not the offered paragraphs the question cites (${cited.join(', ') || 'none'})`
          } as const
        ]
      : [])
  ];
}

export const evidenceSelection: QuestionKind<EvidenceSelectionQuestion, EvidenceSelectionResponse> = {
  label: 'Evidence selection',
  summary: 'A claim, and the paragraphs where the article might say so: the student picks the one that does.',
  question: EvidenceSelectionQuestion,
  response: EvidenceSelectionResponse,
  responseForm: 'recognition',
  score: (question, response) => (question.key.includes(response.choice) ? 1 : 0),
  // A paragraph is named by its number: its whole text, repeated in feedback and reports, buries the point.
  keyText: (question) => question.key.map(paragraphName),
  responseText: (_question, response) => [paragraphName(response.choice)],
  choices: (question) =>
    question.options.map((option) => ({
      text: paragraphName(option.id),
      correct: question.key.includes(option.id),
      chosenIn: (response) => response.choice === option.id
    })),
  keyProblems,
  // Paragraphs differ in length and kind by nature; only repeats and too few choices are faults.
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

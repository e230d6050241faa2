import { z } from 'zod';
import { Evidence, EvidenceList } from './evidence.ts';
import { factFields } from './fact-fields.ts';
import { FactId, ParagraphId } from './ids.ts';

/**
 * What a key idea asks of a reader beyond recall: the central idea of the article or a passage, a
 * reason the article gives, a rule applied to a case, a claim weighed against the article's facts, or
 * two accounts compared.
 */
export const IdeaForm = z.enum([
  'central-idea',
  'reason',
  'rule-application',
  'claim-evaluation',
  'comparison'
]);
export type IdeaForm = z.infer<typeof IdeaForm>;

/** An answer the article supports, with the words that support it. */
export const IdeaAnswer = z
  .object({
    text: z.string().min(1).describe('the answer as a student would choose it'),
    source: FactId.optional().describe(
      'the statement that gives it, when a source rather than the article does'
    ),
    evidence: EvidenceList
  })
  .strict();
export type IdeaAnswer = z.infer<typeof IdeaAnswer>;

/**
 * A plausible wrong answer, and why a careful reader of the article rejects it. Where the flaw (or the
 * misreading itself, when it is true but beside the point) states what the article says, `evidence`
 * quotes it: the rebuttal is grounded like an answer, and a quiz that shows it does not also ask
 * what it states.
 */
export const Misreading = z
  .object({
    text: z.string().min(1),
    flaw: z.string().min(1).describe('why it is wrong, in a sentence written for the student who chose it'),
    evidence: z
      .array(Evidence)
      .default([])
      .describe('the words of the article the flaw or the misreading states, if any')
  })
  .strict();
export type Misreading = z.infer<typeof Misreading>;

/**
 * A key idea of the article, grounded like every other fact: a question the article answers, each
 * answer it supports with verbatim evidence, and the misreadings a student is likely to fall for.
 * The facts it rests on are listed in `about`, so that a quiz that asks the idea does not also ask
 * one of them and give the answer away; `nearMisses` are the paragraphs an editor offers as wrong ones
 * when a student is asked where the article supports an answer.
 */
export const Idea = z
  .object({
    ...factFields,
    kind: z.literal('idea'),
    form: IdeaForm,
    prompt: z.string().min(1).describe('the question, as a student reads it'),
    answers: z.array(IdeaAnswer).min(1),
    misreadings: z.array(Misreading).min(3, 'a key idea needs at least 3 misreadings to offer as options'),
    about: z.array(FactId).default([]),
    nearMisses: z
      .array(ParagraphId)
      .default([])
      .describe(
        'paragraphs a careless reader takes for the support of an answer: on the same subject, supporting none'
      )
  })
  .strict();
export type Idea = z.infer<typeof Idea>;

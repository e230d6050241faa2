import { z } from 'zod';
import { FactDate } from './date.ts';
import { factFields, knowledgeFields } from './fact-fields.ts';
import { FactId } from './ids.ts';

export const Predicate = z.enum([
  'affiliate-of',
  'branch-of',
  'commander-of',
  'leader-of',
  'member-of',
  'part-of',
  'based-in',
  'located-in',
  'birthplace-of',
  'designated-as-terrorist-by',
  'enemy-of',
  'adversary-of',
  'clashed-with',
  'armed',
  'weakened-by',
  'considers-apostates',
  'majority-of',
  'responsible-for',
  'linked-to',
  'killed-in',
  'ordered',
  'warned',
  'thanked',
  'represents'
]);
export type Predicate = z.infer<typeof Predicate>;

/** subject predicate object, read as a sentence: "isis-k affiliate-of islamic-state". */
export const Relation = z
  .object({
    ...factFields,
    ...knowledgeFields,
    kind: z.literal('relation'),
    subject: FactId,
    predicate: Predicate,
    object: FactId,
    date: FactDate.optional(),
    status: z
      .enum(['current', 'former', 'then'])
      .default('current')
      .describe(
        'when it holds: current; former ("former CIA officer"); then, true at the time the article tells ' +
          'of but not now ("then-President")'
      ),
    claim: FactId.optional().describe(
      'the statement this rests on when only a source says it: "according to an investigation by…"'
    ),
    detail: z.string().min(1).optional().describe('what the triple alone cannot say')
  })
  .strict();
export type Relation = z.infer<typeof Relation>;

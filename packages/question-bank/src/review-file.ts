import { z } from 'zod';
import { QuestionId } from './question-fields.ts';

/** How an editor judged an item, read against the article. */
export const Verdict = z
  .enum(['sound', 'flawed', 'unusable'])
  .describe(
    'sound: use as is; flawed: usable, with a weakness named; unusable: a wrong key, two defensible answers or a false premise'
  );
export type Verdict = z.infer<typeof Verdict>;

/** The classes of flaw the first reading of the bank found, so the tally can be compared over time. */
export const FlawClass = z.enum([
  'wrong-key',
  'two-defensible-answers',
  'false-premise',
  'trivial',
  'near-duplicate',
  'weak-distractors',
  'lacks-context',
  'unsupported-evidence',
  'gives-away',
  'wording'
]);
export type FlawClass = z.infer<typeof FlawClass>;

/** Flaws that make an item unfit for a class, whatever else is good about it. */
export const disqualifying: ReadonlySet<FlawClass> = new Set([
  'wrong-key',
  'two-defensible-answers',
  'false-premise'
]);

export const ItemReview = z
  .object({
    id: QuestionId.describe(
      "the item's content hash: an item whose text changes has a new id and needs a new verdict"
    ),
    stem: z.string().min(1).describe('the start of the stem, for a person reading the file'),
    verdict: Verdict,
    flaws: z.array(FlawClass).default([]),
    note: z.string().min(1).optional()
  })
  .strict()
  .superRefine((item, context) => {
    if (item.verdict === 'sound' && item.flaws.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['flaws'],
        message: 'a sound item has no flaws; call it flawed'
      });
    }
    if (item.verdict !== 'sound' && item.flaws.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['flaws'],
        message: `an item judged ${item.verdict} names its flaws`
      });
    }
    if (item.verdict === 'flawed' && item.flaws.some((flaw) => disqualifying.has(flaw))) {
      context.addIssue({
        code: 'custom',
        path: ['verdict'],
        message: 'a wrong key, two defensible answers or a false premise make an item unusable'
      });
    }
  });
export type ItemReview = z.infer<typeof ItemReview>;

/** An editor's reading of one generated bank, item by item, kept beside the code that made it. */
export const BankReview = z
  .object({
    article: z.string().min(1),
    seed: z.number().int().nonnegative(),
    items: z.array(ItemReview)
  })
  .strict();
export type BankReview = z.infer<typeof BankReview>;

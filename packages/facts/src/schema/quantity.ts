import { z } from 'zod';
import { factFields } from './fact-fields.ts';
import { FactId } from './ids.ts';

/**
 * `value` is the number the article gives; for a vague amount it is the least the words can mean
 * ("dozens" is 24, "hundreds" is 200), so `qualifier` must be read with it.
 */
export const Quantity = z
  .object({
    ...factFields,
    kind: z.literal('quantity'),
    measure: FactId.describe(
      'what is measured, as a kebab-case name shared by comparable numbers: "killed", "missiles-fired"'
    ),
    value: z.number().nonnegative(),
    qualifier: z.enum(['exact', 'about', 'more-than', 'dozens', 'hundreds', 'multiple']),
    unit: z.string().min(1).describe('what is counted, plural: "people", "missiles"'),
    counts: z
      .string()
      .min(1)
      .describe('the whole count in words, such as "Iranians killed in the Kerman bombings"'),
    text: z.string().min(1).describe('the article\'s wording of the number, such as "more than 80"'),
    question: z
      .string()
      .min(1)
      .optional()
      .describe(
        'the question a student reads, where "What number does the article give for the …?" reads awkwardly'
      ),
    event: FactId.optional(),
    subject: FactId.optional().describe('who or what is counted, such as the group of victims')
  })
  .strict();
export type Quantity = z.infer<typeof Quantity>;

import { z } from 'zod';
import { ParagraphId } from './ids.ts';

/** Where the article says it: `quote` must stand verbatim in the paragraph named. */
export const Evidence = z
  .object({
    paragraph: ParagraphId,
    quote: z.string().min(3, 'a quote needs at least 3 characters')
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

export const EvidenceList = z.array(Evidence).min(1, 'every fact needs at least one piece of evidence');

import { z } from 'zod';
import { IsoDate } from './date.ts';
import { FactId, ParagraphId } from './ids.ts';

export const ParagraphKind = z.enum([
  'headline',
  'dek',
  'publisher',
  'byline',
  'timestamp',
  'caption',
  'body',
  'contributor',
  'contact'
]);
export type ParagraphKind = z.infer<typeof ParagraphKind>;

export const Paragraph = z
  .object({
    id: ParagraphId,
    kind: ParagraphKind,
    text: z.string().min(1)
  })
  .strict();
export type Paragraph = z.infer<typeof Paragraph>;

export const Article = z
  .object({
    id: FactId,
    title: z.string().min(1),
    dek: z.string().min(1),
    publisher: z.string().min(1),
    authors: z.array(z.string().min(1)).min(1),
    contributors: z.array(z.string().min(1)),
    published: IsoDate.optional(),
    updated: IsoDate.optional(),
    dateline: z.string().min(1).optional(),
    language: z.string().min(2),
    attribution: z.string().min(1).describe('who holds the text and on what terms it is quoted here'),
    paragraphs: z.array(Paragraph).min(1)
  })
  .strict();
export type Article = z.infer<typeof Article>;

import { z } from 'zod';

/** Fact ids are kebab-case slugs, unique across a whole fact base. */
export const FactId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "qassem-soleimani"');
export type FactId = z.infer<typeof FactId>;

/** Paragraph ids are `p` and the block's position in the article, fixed once the article is stored. */
export const ParagraphId = z.string().regex(/^p[1-9]\d*$/, 'must be a paragraph id such as "p7"');
export type ParagraphId = z.infer<typeof ParagraphId>;

export const TopicId = FactId;
export type TopicId = z.infer<typeof TopicId>;

import { z } from 'zod';
import { TopicId } from './ids.ts';

export const Topic = z
  .object({
    id: TopicId,
    label: z.string().min(1),
    description: z.string().min(1)
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

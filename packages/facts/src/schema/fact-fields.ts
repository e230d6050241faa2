import { z } from 'zod';
import { EvidenceList } from './evidence.ts';
import { FactId, TopicId } from './ids.ts';

/** The fields every fact carries, whatever its kind. */
export const factFields = {
  id: FactId,
  topics: z.array(TopicId).min(1, 'every fact needs at least one topic'),
  evidence: EvidenceList
};

/** For a fact a question may ask: whether the article is needed to know it. */
export const knowledgeFields = {
  widelyKnown: z
    .literal(true)
    .optional()
    .describe(
      'set when a well-read student knows it without the article (who ordered the 2020 strike on ' +
        'Soleimani, where Kerman is): no question asks it, as it would test nothing the article teaches'
    )
};

import { z } from 'zod';
import { EvidenceList } from './evidence.ts';
import { FactId, TopicId } from './ids.ts';

/** The fields every fact carries, whatever its kind. */
export const factFields = {
  id: FactId,
  topics: z.array(TopicId).min(1, 'every fact needs at least one topic'),
  evidence: EvidenceList
};

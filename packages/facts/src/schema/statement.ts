import { z } from 'zod';
import { EvidenceList } from './evidence.ts';
import { factFields } from './fact-fields.ts';
import { FactId } from './ids.ts';

export const Attribution = z
  .enum(['named', 'title-only', 'anonymous', 'organization', 'investigation', 'article'])
  .describe(
    'named: a person by name; title-only: a role without a name; anonymous: "a U.S. official"; ' +
      "organization: a body speaking for itself; investigation: a published inquiry; article: the reporters' own voice"
  );
export type Attribution = z.infer<typeof Attribution>;

export const Speaker = z
  .object({
    description: z.string().min(1).describe('how the article identifies the source: "a U.S. official"'),
    attribution: Attribution,
    entity: FactId.optional().describe('the person, body or group of sources, when the base has it'),
    affiliation: FactId.optional().describe('whom the source speaks for or worked for'),
    former: z.boolean().default(false),
    faction: z
      .boolean()
      .default(false)
      .describe(
        'an unnamed group whose public stance the article describes ("Iran’s hard-liners"), not sources who spoke to the reporters'
      ),
    count: z.enum(['one', 'several']).default('one')
  })
  .strict();
export type Speaker = z.infer<typeof Speaker>;

export const Statement = z
  .object({
    ...factFields,
    kind: z.literal('statement'),
    speaker: Speaker,
    mode: z.enum(['direct-quote', 'paraphrase']),
    verb: z.enum([
      'said',
      'suggested',
      'claimed',
      'confirmed',
      'declined',
      'reported',
      'argued',
      'thanked',
      'did-not-respond'
    ]),
    claim: z.string().min(1).describe('what is said, in one plain sentence'),
    quote: z.string().min(1).optional().describe("the speaker's own words, for a direct quote"),
    stance: z
      .enum(['asserted', 'reported', 'disputed'])
      .describe(
        'asserted: the article states it in its own voice too; reported: only attributed; ' +
          'disputed: the article gives facts that cut against it'
      ),
    against: EvidenceList.optional().describe(
      "for a disputed claim, the article's facts that cut against it, so a student is shown them"
    ),
    about: z.array(FactId).default([])
  })
  .strict();
export type Statement = z.infer<typeof Statement>;

import { z } from 'zod';
import { FactDate } from './date.ts';
import { factFields, knowledgeFields } from './fact-fields.ts';
import { FactId } from './ids.ts';

export const EventActor = z
  .object({
    entity: FactId,
    role: z.enum([
      'perpetrator',
      'target',
      'victim',
      'sender',
      'recipient',
      'ordered-by',
      'commemorated',
      'responder',
      'participant',
      'beneficiary'
    ])
  })
  .strict();
export type EventActor = z.infer<typeof EventActor>;

export const Event = z
  .object({
    ...factFields,
    ...knowledgeFields,
    kind: z.literal('event'),
    type: z.enum([
      'attack',
      'warning',
      'military-strike',
      'ceremony',
      'claim-of-responsibility',
      'investigation',
      'political-change',
      'diplomatic-contact',
      'founding',
      'withdrawal'
    ]),
    name: z.string().min(1).describe('a short label, such as "Kerman bombings"'),
    summary: z.string().min(1).describe('what happened, in one plain sentence'),
    date: FactDate.optional(),
    places: z.array(FactId).default([]),
    actors: z.array(EventActor).default([])
  })
  .strict();
export type Event = z.infer<typeof Event>;

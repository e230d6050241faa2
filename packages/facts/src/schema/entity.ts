import { z } from 'zod';
import { factFields } from './fact-fields.ts';
import { FactId } from './ids.ts';

export const Role = z
  .object({
    title: z.string().min(1).describe('as the article gives it, such as "commander of the Quds force"'),
    organization: FactId.optional(),
    status: z
      .enum(['current', 'former', 'then'])
      .default('current')
      .describe('former: "former CIA officer"; then: held at the time told of, not now ("then-President")')
  })
  .strict();
export type Role = z.infer<typeof Role>;

const entityFields = {
  ...factFields,
  kind: z.literal('entity'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  definite: z
    .boolean()
    .default(false)
    .describe('the name takes "the" inside a sentence: "the United States", "the CIA"'),
  gloss: z.string().min(1).describe('a short description a student can read, grounded in the article')
};

export const Person = z
  .object({
    ...entityFields,
    type: z.literal('person'),
    roles: z.array(Role).default([]),
    nationality: FactId.optional()
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const Organization = z
  .object({
    ...entityFields,
    type: z.literal('organization'),
    subtype: z.enum([
      'government',
      'government-agency',
      'military',
      'diplomatic-mission',
      'international-body',
      'think-tank',
      'news-organization'
    ])
  })
  .strict();
export type Organization = z.infer<typeof Organization>;

export const Group = z
  .object({
    ...entityFields,
    type: z.literal('group'),
    subtype: z.enum([
      'terrorist-group',
      'militant-group',
      'militia',
      'population',
      'religious-group',
      'officials'
    ])
  })
  .strict();
export type Group = z.infer<typeof Group>;

export const Place = z
  .object({
    ...entityFields,
    type: z.literal('place'),
    subtype: z.enum(['country', 'province', 'city', 'town', 'region', 'landmark']),
    within: FactId.optional()
  })
  .strict();
export type Place = z.infer<typeof Place>;

export const ObjectEntity = z
  .object({
    ...entityFields,
    type: z.literal('object'),
    subtype: z.enum(['weapon', 'policy', 'document', 'other'])
  })
  .strict();
export type ObjectEntity = z.infer<typeof ObjectEntity>;

export const Entity = z.discriminatedUnion('type', [Person, Organization, Group, Place, ObjectEntity]);
export type Entity = z.infer<typeof Entity>;
export type EntityType = Entity['type'];

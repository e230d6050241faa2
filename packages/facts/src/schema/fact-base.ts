import { z } from 'zod';
import { Article } from './article.ts';
import { Entity } from './entity.ts';
import { Event } from './event.ts';
import { Idea } from './idea.ts';
import { Quantity } from './quantity.ts';
import { Relation } from './relation.ts';
import { Statement } from './statement.ts';
import { Topic } from './topic.ts';

export const FactBase = z
  .object({
    $schema: z.string().optional(),
    article: Article,
    topics: z.array(Topic).min(1),
    entities: z.array(Entity),
    events: z.array(Event),
    quantities: z.array(Quantity),
    statements: z.array(Statement),
    relations: z.array(Relation),
    ideas: z.array(Idea).default([])
  })
  .strict()
  .meta({
    title: 'Newsquiz fact base',
    description: 'One article and every fact it states, each with evidence.'
  });
export type FactBase = z.infer<typeof FactBase>;
/** The file as authored, before defaults are filled in. */
export type FactBaseInput = z.input<typeof FactBase>;

export const Fact = z.union([Entity, Event, Quantity, Statement, Relation, Idea]);
export type Fact = z.infer<typeof Fact>;
export type FactKind = Fact['kind'];

/** The arrays of a fact base that hold facts, in the order they are listed. */
export const factSections = ['entities', 'events', 'quantities', 'statements', 'relations', 'ideas'] as const;
export type FactSection = (typeof factSections)[number];

export function allFacts(base: FactBase): Fact[] {
  return factSections.flatMap((section): Fact[] => base[section]);
}

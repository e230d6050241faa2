import type { Entity, Event, FactBase, Quantity, Relation, Statement } from '@newsquiz/facts';
import { closeFacts, type FactClosure } from './fact-closure.ts';
import { midSentence } from './generators/relation-templates.ts';
import { normaliseAnswer } from './normalise-answer.ts';

// Subtypes close enough that one can stand in for another as a plausible wrong answer; a
// population is no distractor for an armed group, nor a news agency for a government.
const families: Record<string, string> = {
  'group:terrorist-group': 'group:armed',
  'group:militant-group': 'group:armed',
  'group:militia': 'group:armed',
  'organization:government': 'organization:government',
  'organization:government-agency': 'organization:government',
  'organization:diplomatic-mission': 'organization:government',
  'organization:international-body': 'organization:government',
  'place:town': 'place:city'
};

function familyOf(entity: Entity): string {
  if (entity.type === 'person') {
    // The reporters and photographers are credited, not part of the story.
    const credited = entity.topics.every((topic) => topic === 'sourcing-and-attribution');
    return credited ? 'person:credited' : 'person';
  }
  const kind = `${entity.type}:${entity.subtype}`;
  return families[kind] ?? kind;
}

/** Look-ups over one fact base that the generators share; built once per generateBank call. */
export type FactIndex = {
  base: FactBase;
  entity(id: string): Entity | undefined;
  event(id: string): Event | undefined;
  /** The family a distractor must share with the key: armed groups, governments, cities. */
  familyOf(entity: Entity): string;
  /** The entity's name and the aliases no other entity is called by. */
  acceptedNames(entity: Entity): string[];
  /** Parts, wholes and what may hold of them: the truth check every key and distractor passes. */
  closure: FactClosure;
  /** The entity a name or alias belongs to, when only one has it. */
  entityNamed(name: string): Entity | undefined;
  /** The speaker as the article names it inside a sentence, for "according to …". */
  sourcePhrase(statement: Statement): string;
  /** The entity's name inside a sentence: "the United States", "Iran’s proxies". */
  nameIn(entity: Entity): string;
  /** Facts a source speaks of together with this one: what a source claims of it may be true. */
  mentionedWith(id: string): Set<string>;
  relationsFrom(subject: string, predicate: string): Relation[];
  relationsTo(object: string, predicate: string): Relation[];
  /** Quantities counting the same measure of the same event. */
  sameCount(quantity: Quantity): Quantity[];
  statements: Statement[];
};

export function indexFacts(base: FactBase): FactIndex {
  const articleText = base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const entities = new Map(base.entities.map((entity) => [entity.id, entity]));
  const events = new Map(base.events.map((event) => [event.id, event]));
  // Normalised once here: distractor checks ask for an entity by name thousands of times a bank.
  const nameOwners = new Map<string, string>();
  for (const entity of base.entities) nameOwners.set(normaliseAnswer(entity.name), entity.id);
  const aliasOwners = new Map<string, Set<Entity>>();
  for (const entity of base.entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const normal = normaliseAnswer(alias);
      aliasOwners.set(normal, (aliasOwners.get(normal) ?? new Set()).add(entity));
    }
  }
  const mentioned = new Map<string, Set<string>>();
  for (const statement of base.statements) {
    for (const id of statement.about) {
      if (!mentioned.has(id)) mentioned.set(id, new Set());
      for (const other of statement.about) if (other !== id) mentioned.get(id)!.add(other);
    }
  }

  return {
    base,
    entity: (id) => entities.get(id),
    event: (id) => events.get(id),
    familyOf,
    acceptedNames(entity) {
      const seen = new Set<string>();
      return [entity.name, ...entity.aliases].filter((name) => {
        const normal = normaliseAnswer(name);
        const owner = nameOwners.get(normal);
        if (normal === '' || seen.has(normal) || (owner !== undefined && owner !== entity.id)) return false;
        seen.add(normal);
        return true;
      });
    },
    closure: closeFacts(base),
    entityNamed(name) {
      const normal = normaliseAnswer(name);
      const owners = [...(aliasOwners.get(normal) ?? [])];
      return owners.length === 1 ? owners[0] : entities.get(nameOwners.get(normal) ?? '');
    },
    sourcePhrase(statement) {
      // A named source by name alone: "according to Alex Vatanka", not his whole title.
      const named = statement.speaker.attribution === 'named' ? statement.speaker.entity : undefined;
      const person = named ? entities.get(named) : undefined;
      return person ? person.name : midSentence(statement.speaker.description, articleText);
    },
    nameIn: (entity) => (entity.definite ? `the ${entity.name}` : entity.name),
    mentionedWith: (id) => mentioned.get(id) ?? new Set(),
    relationsFrom: (subject, predicate) =>
      base.relations.filter((r) => r.subject === subject && r.predicate === predicate),
    relationsTo: (object, predicate) =>
      base.relations.filter((r) => r.object === object && r.predicate === predicate),
    sameCount: (quantity) =>
      base.quantities.filter((q) => q.measure === quantity.measure && q.event === quantity.event),
    statements: base.statements
  };
}

import type { FactBase, Predicate } from '@newsquiz/facts';

/**
 * What the facts make true beyond what they list. A part stands inside its whole (ISIS-K inside
 * Islamic State, the CIA inside the U.S. government), a member inside its body, a city inside its
 * country, a person inside the bodies their roles name, in any time. A wrong answer or a "false"
 * statement must be false under this closure, not merely unlisted: "Douglas London belonged to the
 * U.S. government" is true because he was a CIA officer.
 */

// Links that put the subject inside the object, whatever their time or source: for ruling an answer
// out, a former tie or a reported one is as good as a current, confirmed one.
const insidePredicates: ReadonlySet<Predicate> = new Set([
  'affiliate-of',
  'branch-of',
  'part-of',
  'member-of',
  'represents',
  'leader-of',
  'commander-of',
  'linked-to'
]);

// Predicates that say nearly the same thing, so one can make another true.
const families: Partial<Record<Predicate, string>> = {
  'based-in': 'place',
  'located-in': 'place',
  ...Object.fromEntries([...insidePredicates].map((predicate) => [predicate, 'inside']))
};

function familyOf(predicate: Predicate): string {
  return families[predicate] ?? predicate;
}

export type FactClosure = {
  /** The id and every whole it stands inside, through any chain of links. */
  wholesOf(id: string): ReadonlySet<string>;
  /** One is the other, or a part, member or place of it: naming both offers the same answer twice. */
  overlap(a: string, b: string): boolean;
  /** The two share a whole, so what is true of one may be true of the other. */
  related(a: string, b: string): boolean;
  /**
   * False only when no listed relation of the same kind links anything related to the subject with
   * anything related to the object: "ISIS-K was weakened by the CIA" may hold, since the U.S. military
   * weakened it and both are parts of the U.S. government.
   */
  mayHold(subject: string, predicate: Predicate, object: string): boolean;
};

export function closeFacts(base: FactBase): FactClosure {
  const parents = new Map<string, Set<string>>();
  const link = (part: string, whole: string) => {
    if (!parents.has(part)) parents.set(part, new Set());
    parents.get(part)!.add(whole);
  };
  for (const relation of base.relations) {
    if (insidePredicates.has(relation.predicate)) link(relation.subject, relation.object);
  }
  for (const entity of base.entities) {
    if (entity.type === 'place' && entity.within) link(entity.id, entity.within);
    if (entity.type === 'person') {
      for (const role of entity.roles) if (role.organization) link(entity.id, role.organization);
    }
  }

  const wholes = new Map<string, Set<string>>();
  const wholesOf = (id: string): Set<string> => {
    const known = wholes.get(id);
    if (known) return known;
    const found = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      for (const parent of parents.get(queue.pop()!) ?? []) {
        if (!found.has(parent)) {
          found.add(parent);
          queue.push(parent);
        }
      }
    }
    wholes.set(id, found);
    return found;
  };
  const related = (a: string, b: string) => {
    const first = wholesOf(a);
    return [...wholesOf(b)].some((id) => first.has(id));
  };
  const byFamily = new Map<string, typeof base.relations>();
  for (const relation of base.relations) {
    const family = familyOf(relation.predicate);
    byFamily.set(family, [...(byFamily.get(family) ?? []), relation]);
  }

  return {
    wholesOf,
    overlap: (a, b) => wholesOf(a).has(b) || wholesOf(b).has(a),
    related,
    mayHold: (subject, predicate, object) =>
      (familyOf(predicate) === 'inside' && related(subject, object)) ||
      (byFamily.get(familyOf(predicate)) ?? []).some(
        (relation) => related(relation.subject, subject) && related(relation.object, object)
      )
  };
}

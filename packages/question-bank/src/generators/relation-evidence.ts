import type { Entity, Relation } from '@newsquiz/facts';
import { normaliseAnswer } from '../normalise-answer.ts';

/** Words of a name as they read anywhere: no case, punctuation, possessive "’s" or leading "the". */
function bare(text: string): string {
  return normaliseAnswer(text.replace(/['’]s\b/g, '').replace(/^the /i, ''));
}

/**
 * Whether a relation's quotes state it: one must name its object, and where the subject is named too, in
 * the same paragraph. A quote that names no object ("White House" for "part of the U.S. government",
 * "then-President Donald Trump" for "led the United States"), or two paragraphs that each name one side
 * ("at the spy agency" and "a U.S. intelligence community directive" for "the CIA is part of the
 * intelligence community"), leave the key resting on what the student knows of the world, not on the
 * article. A subject named in no quote is the one its paragraph speaks of ("The group", "an adversary").
 */
export function evidenceStatesRelation(
  relation: Relation,
  object: Entity,
  subject: Entity | undefined
): boolean {
  const naming = (entity: Entity) =>
    new Set(
      relation.evidence
        .filter((item) => {
          const quote = ` ${bare(item.quote)} `;
          return [entity.name, ...entity.aliases].map(bare).some((name) => quote.includes(` ${name} `));
        })
        .map((item) => item.paragraph)
    );
  const objectParagraphs = naming(object);
  if (objectParagraphs.size === 0) return false;
  const subjectParagraphs = subject ? naming(subject) : new Set<string>();
  return (
    subjectParagraphs.size === 0 ||
    [...subjectParagraphs].some((paragraph) => objectParagraphs.has(paragraph))
  );
}

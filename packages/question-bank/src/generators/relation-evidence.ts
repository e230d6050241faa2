import type { Entity, Relation } from '@newsquiz/facts';
import { normaliseAnswer } from '../normalise-answer.ts';

/** Words of a name as they read anywhere: no case, punctuation, possessive "’s" or leading "the". */
function bare(text: string): string {
  return normaliseAnswer(text.replace(/['’]s\b/g, '').replace(/^the /i, ''));
}

/**
 * Whether a relation's quoted evidence names its object: a quote that does not ("White House" for
 * "part of the U.S. government", "then-President Donald Trump" for "led the United States") leaves the
 * key resting on what the student knows of the world, not on the article.
 */
export function evidenceNamesObject(relation: Relation, object: Entity): boolean {
  const names = [object.name, ...object.aliases].map(bare);
  return relation.evidence.some((item) => {
    const quote = ` ${bare(item.quote)} `;
    return names.some((name) => quote.includes(` ${name} `));
  });
}

import type { Entity } from '@newsquiz/facts';

/** A group named by a plural noun: "Houthis", "militias in Syria and Iraq", "U.S. officials". */
export function isPlural(entity: Entity): boolean {
  if (entity.type !== 'group') return false;
  const words = entity.name.split(' ');
  return [words[0], words.at(-1)].some(
    (word) => word !== undefined && /[a-z]s$/.test(word) && !/ss$/.test(word)
  );
}

const plurals: Record<string, string> = {
  is: 'are',
  was: 'were',
  belongs: 'belong',
  leads: 'lead',
  has: 'have'
};

/** The first verb of a sentence made to agree with a plural subject: "Houthis are based in Yemen". */
export function agree(text: string): string {
  return text.replace(/\b(is|was|belongs|leads|has)\b/, (verb) => plurals[verb]!);
}

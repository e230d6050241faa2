import type { Entity, Quantity } from '@newsquiz/facts';
import type { FactIndex } from './fact-index.ts';
import { shiftIsoDate } from './format-date.ts';
import { lengthsSimilar, optionKind } from './gates/option-rules.ts';
import { keyStandsOut } from './gates/question-rules.ts';
import { containsAnswer, normaliseAnswer } from './normalise-answer.ts';
import {
  aboutInterval,
  feasibleInterval,
  overlaps,
  quantityInterval,
  type Interval
} from './quantity-interval.ts';
import type { Random } from './random.ts';

/**
 * Draws up to `count` distractors in random order: never the key or one another after
 * normalisation, never a text the stem already holds, always of the key's kind and a length
 * that keeps the whole set similar, and never leaving a single key much the longest. Candidates must
 * already be false by the facts.
 */
export function pickDistractors(
  random: Random,
  options: {
    keys: readonly string[];
    candidates: readonly string[];
    stem: string;
    count: number;
    /** True when two texts name the same thing or one is part of the other: never both on offer. */
    overlap?: (a: string, b: string) => boolean;
    /**
     * True for a candidate that is false but no reader would choose. Skipped after the shuffle, so what
     * the seed draws for every other question stays as it was.
     */
    implausible?: (candidate: string) => boolean;
  }
): string[] {
  const kind = optionKind(options.keys[0] ?? '');
  const chosen: string[] = [];
  const seen = new Set(options.keys.map(normaliseAnswer));
  for (const candidate of random.shuffle(options.candidates)) {
    if (chosen.length >= options.count) break;
    const normal = normaliseAnswer(candidate);
    if (seen.has(normal) || containsAnswer(options.stem, candidate)) continue;
    if (optionKind(candidate) !== kind || options.implausible?.(candidate)) continue;
    if (!lengthsSimilar([...options.keys, ...chosen, candidate])) continue;
    // The last one chosen must leave a single key no longer than the others by far.
    const last = chosen.length === options.count - 1;
    if (last && options.keys.length === 1 && keyStandsOut(options.keys[0]!, [...chosen, candidate])) continue;
    const { overlap } = options;
    if (overlap && [...options.keys, ...chosen].some((other) => overlap(other, candidate))) continue;
    seen.add(normal);
    chosen.push(candidate);
  }
  return chosen;
}

/**
 * Entities of the key's family (a province for a province, an armed group for an armed group) that
 * are false under the closure: never one of the true answers nor anything sharing a whole with one (a
 * branch, a member, a fellow part), never one `mayHold` allows (the truth check of the question),
 * nor one a source links to what the question asks about (Iran's investigation blamed Tajik
 * operatives for the Kerman bombings, so they are no wrong answer to "who was responsible").
 */
export function entityCandidates(
  index: FactIndex,
  key: Entity,
  trueIds: readonly string[],
  askedAbout: string | undefined,
  mayHold: (id: string) => boolean = () => false,
  /** Families besides the key's that make believable wrong answers. */
  alsoFamilies: readonly string[] = []
): string[] {
  const excluded = new Set(trueIds);
  if (askedAbout) for (const id of index.mentionedWith(askedAbout)) excluded.add(id);
  // Aliases too: an alias of a false entity is as false as its name, and must not match a true one.
  const trueNames = new Set(
    trueIds.flatMap((id) => {
      const entity = index.entity(id);
      return entity ? [entity.name, ...entity.aliases].map(normaliseAnswer) : [];
    })
  );
  return index.base.entities
    .filter(
      (entity) =>
        !excluded.has(entity.id) &&
        (index.familyOf(entity) === index.familyOf(key) || alsoFamilies.includes(index.familyOf(entity))) &&
        !trueIds.some((id) => index.closure.related(id, entity.id)) &&
        !mayHold(entity.id)
    )
    .map((entity) => entity.name)
    .filter((name) => !trueNames.has(normaliseAnswer(name)));
}

/** Two entity names that overlap under the closure: one is, or is part of, the other. */
export function namesOverlap(index: FactIndex, a: string, b: string): boolean {
  const first = index.entityNamed(a);
  const second = index.entityNamed(b);
  return first !== undefined && second !== undefined && index.closure.overlap(first.id, second.id);
}

function formatCount(value: number, qualifier: 'exact' | 'about' | 'more-than'): string {
  const number = value.toLocaleString('en-US');
  return qualifier === 'about'
    ? `about ${number}`
    : qualifier === 'more-than'
      ? `more than ${number}`
      : number;
}

function niceRound(value: number): number {
  if (value < 20) return Math.round(value);
  if (value < 200) return Math.round(value / 5) * 5;
  return Math.round(value / 10) * 10;
}

/** The key's wording of a count: "84", "about 170". */
export function countText(quantity: Quantity): string | undefined {
  if (quantity.qualifier !== 'exact' && quantity.qualifier !== 'about') return undefined;
  return formatCount(quantity.value, quantity.qualifier);
}

/**
 * Numbers of the same measure elsewhere in the facts and numbers near the key, in the key's
 * wording, leaving out every one that the article's wordings of this count allow.
 */
export function countCandidates(index: FactIndex, quantity: Quantity): string[] {
  const feasible = feasibleInterval(index.sameCount(quantity)) ?? quantityInterval(quantity);
  const qualifier = quantity.qualifier === 'about' ? 'about' : 'exact';
  const candidates: { text: string; interval: Interval }[] = [];
  for (const other of index.base.quantities) {
    if (other.measure !== quantity.measure || other.event === quantity.event) continue;
    if (other.qualifier !== 'exact' && other.qualifier !== 'about' && other.qualifier !== 'more-than')
      continue;
    candidates.push({ text: formatCount(other.value, other.qualifier), interval: quantityInterval(other) });
  }
  const factors = quantity.value < 10 ? [] : [0.25, 0.5, 0.75, 1.5, 2, 3];
  const nearby =
    quantity.value < 10
      ? [1, 2, 3, 4, 5, 6, 8, 10].filter((n) => n !== quantity.value)
      : factors.map((factor) => niceRound(quantity.value * factor));
  for (const value of nearby) {
    if (value <= 0) continue;
    const interval = qualifier === 'about' ? aboutInterval(value) : { min: value, max: value };
    candidates.push({ text: formatCount(value, qualifier), interval });
  }
  return candidates.filter((candidate) => !overlaps(candidate.interval, feasible)).map((c) => c.text);
}

/**
 * The article's other counts that the count's wordings rule out: of the same measure ("13", troops
 * killed at Kabul, for the Kerman toll), and of others ("more than 150" attacks). A reader who has not
 * read closely mixes them up; a made-up number tests only a guess.
 */
export function articleCountCandidates(index: FactIndex, quantity: Quantity): [string[], string[]] {
  const feasible = feasibleInterval(index.sameCount(quantity)) ?? quantityInterval(quantity);
  const same = new Set(index.sameCount(quantity).map((item) => item.id));
  const others = index.base.quantities.flatMap((other) =>
    !same.has(other.id) &&
    (other.qualifier === 'exact' || other.qualifier === 'about' || other.qualifier === 'more-than') &&
    !overlaps(quantityInterval(other), feasible)
      ? [{ measure: other.measure, text: formatCount(other.value, other.qualifier) }]
      : []
  );
  const texts = (measured: boolean) =>
    others.filter((other) => (other.measure === quantity.measure) === measured).map((other) => other.text);
  return [texts(true), texts(false)];
}

/** "more than N" wordings above the count that the article's wordings rule out. */
export function moreThanCandidates(index: FactIndex, quantity: Quantity): string[] {
  const feasible = feasibleInterval(index.sameCount(quantity)) ?? quantityInterval(quantity);
  return [1.25, 1.5, 2, 3]
    .map((factor) => niceRound(quantity.value * factor))
    .filter((value) => !overlaps({ min: value + 1, max: Infinity }, feasible))
    .map((value) => formatCount(value, 'more-than'));
}

/** The article's own wordings of a count that name a number: "more than 80", "84". */
export function countWordings(quantities: readonly Quantity[]): string[] {
  const wordings = quantities.flatMap((quantity) =>
    quantity.qualifier === 'exact' || quantity.qualifier === 'about' || quantity.qualifier === 'more-than'
      ? [formatCount(quantity.value, quantity.qualifier)]
      : []
  );
  return [...new Set(wordings)];
}

/** Dates of the key's precision near it and the dates of other events, never the key's own. */
export function dateCandidates(index: FactIndex, value: string): string[] {
  const precision = value.split('-').length;
  const shifts = [-3, -2, -1, 1, 2, 3].map((steps) =>
    shiftIsoDate(value, precision === 1 ? steps * 2 : steps)
  );
  const others = index.base.events.flatMap((event) =>
    event.date && event.date.value.split('-').length === precision ? [event.date.value] : []
  );
  return [...new Set([...others, ...shifts])].filter((date) => date !== value);
}

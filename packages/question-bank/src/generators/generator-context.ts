import type { Entity, Evidence, Fact } from '@newsquiz/facts';
import type { FactIndex } from '../fact-index.ts';
import { normaliseAnswer } from '../normalise-answer.ts';
import type { Choice, QuestionDraft } from '../question.ts';
import type { Random } from '../random.ts';

export type GeneratorContext = {
  index: FactIndex;
  random: Random;
  /** How many distinct questions of one type a generator may make from one fact or set. */
  variants: number;
};

/** One generator: every question of its kind the facts allow, in a fixed order. */
export type Generator = (context: GeneratorContext) => QuestionDraft[];

const choiceIds = 'abcdefghijklmnopqrstuvwxyz';

/** Shuffles the texts and names them a, b, c in the order shown, so an id says nothing of the key. */
export function shuffledChoices(
  random: Random,
  texts: readonly string[]
): { choices: Choice[]; idOf: (text: string) => string } {
  const choices = random.shuffle(texts).map((text, index) => ({ id: choiceIds[index]!, text }));
  const ids = new Map(choices.map((choice) => [choice.text, choice.id]));
  return { choices, idOf: (text) => ids.get(text)! };
}

/**
 * The topic a question is filed under: the first topic of its first fact, which is what the fact is
 * about. A sourcing question about the warning is filed under the warning; its skill says sourcing.
 */
export function topicOf(facts: readonly Pick<Fact, 'topics'>[]): string {
  return facts[0]!.topics[0]!;
}

/**
 * The evidence of several facts, each quote once: a quote that another of the same paragraph holds goes,
 * since the longer says it all.
 */
export function evidenceOf(facts: readonly Pick<Fact, 'evidence'>[]): Evidence[] {
  const evidence = facts.flatMap((fact) => fact.evidence);
  return evidence.filter(
    (item, position) =>
      !evidence.some(
        (other, otherPosition) =>
          other.paragraph === item.paragraph &&
          other.quote.includes(item.quote) &&
          (other.quote !== item.quote || otherPosition < position)
      )
  );
}

/** Words quoted inside a quotation take single marks; the stops at its end are the caller's to choose. */
function quoteBody(text: string): string {
  return text
    .trim()
    .replace(/(^|[\s(—-])["“]/g, '$1‘')
    .replace(/["”]/g, '’');
}

/** A quotation inside a sentence, as in a question: its own closing comma or full stop goes. */
export function quote(text: string): string {
  return `“${quoteBody(text).replace(/[.,;:](’?)$/, '$1')}”`;
}

/**
 * A quotation that ends a sentence: its own stop inside the marks, or, for words that stop short of the
 * article's full stop, one outside them, so that the quotation stays the article's words.
 */
export function quotedSentence(text: string): string {
  const body = quoteBody(text).replace(/[,;:](’?)$/, '$1');
  return /[.!?]’?$/.test(body) ? `“${body}”` : `“${body}”.`;
}

/** "The article says (paragraph 8): “…”" for the end of an explanation. */
export function citation(evidence: readonly Evidence[]): string {
  const first = evidence[0];
  return first
    ? ` The article says (paragraph ${first.paragraph.slice(1)}): ${quotedSentence(first.quote)}`
    : '';
}

/** True when the two entities share a name word, so asking for one by the other gives it away. */
export function sharesNameWord(a: Entity, b: Entity): boolean {
  const words = (entity: Entity) =>
    new Set(
      [entity.name, ...entity.aliases]
        // "U.S." is one word, so "former U.S. officials" and "the U.S. government" share it.
        .map((name) => name.replace(/\b([A-Z])\.(?=[A-Z]\.)/g, '$1').replace(/\b([A-Z]{2,})\./g, '$1'))
        // "Iran’s proxies" shares "Iran" with Iran: asking whom Iran armed, it would answer itself.
        .map((name) => name.replace(/['’]s\b/g, ''))
        .flatMap((name) =>
          normaliseAnswer(name)
            .split(' ')
            .filter((word) => word.length >= 4 || name.includes(word.toUpperCase()))
        )
    );
  const first = words(a);
  return [...words(b)].some((word) => first.has(word));
}

/** True when the stem already names the entity by its name or an alias. */
export function stemNames(stem: string, entity: Entity): boolean {
  const normal = ` ${normaliseAnswer(stem)} `;
  return [entity.name, ...entity.aliases].some((name) => {
    const target = normaliseAnswer(name);
    return target !== '' && normal.includes(` ${target} `);
  });
}

/** Capital first letter, for a sentence made from a phrase. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a new set shares more than half its facts with an item already made: a near repeat. */
export function repeatsMost(ids: readonly string[], drafts: readonly QuestionDraft[]): boolean {
  return drafts.some((draft) => ids.filter((id) => draft.factIds.includes(id)).length * 2 > ids.length);
}

import type { Quantity } from '@newsquiz/facts';
import {
  articleCountCandidates,
  countCandidates,
  countText,
  countWordings,
  moreThanCandidates,
  pickDistractors
} from '../distractors.ts';
import { feasibleInterval } from '../quantity-interval.ts';
import { eventPhrase } from './relation-templates.ts';
import { containsAnswer } from '../normalise-answer.ts';
import { aboutInterval } from '../quantity-interval.ts';
import type { QuestionDraft } from '../question.ts';
import { citation, evidenceOf, shuffledChoices, topicOf, type Generator } from './generator-context.ts';

/**
 * Counts the article gives as a number a student can be held to: exact, or "about". A count the article
 * gives twice (the toll in the dek and in the body) is asked once.
 */
function askable(quantities: readonly Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return quantities.filter((quantity) => {
    const count = [quantity.event, quantity.measure, quantity.qualifier, quantity.value].join(' ');
    if (seen.has(count) || (quantity.qualifier !== 'exact' && quantity.qualifier !== 'about')) return false;
    seen.add(count);
    return true;
  });
}

function stemFor(quantity: Quantity): string {
  return quantity.question ?? `What number does the article give for the ${quantity.counts}?`;
}

function explanationFor(quantity: Quantity): string {
  return `The article gives the ${quantity.counts} as “${quantity.text}”.${citation(quantity.evidence)}`;
}

const numeric: Generator = ({ index }) =>
  askable(index.base.quantities).flatMap((quantity): QuestionDraft[] => {
    const stem = stemFor(quantity);
    if (containsAnswer(stem, String(quantity.value))) return [];
    const key =
      quantity.qualifier === 'about'
        ? { kind: 'range' as const, ...rangeOf(quantity.value) }
        : { kind: 'tolerance' as const, value: quantity.value, tolerance: 0 };
    return [
      {
        type: 'numeric',
        stem,
        key,
        unit: quantity.unit,
        explanation: explanationFor(quantity),
        evidence: evidenceOf([quantity]),
        factIds: [quantity.id],
        topic: topicOf([quantity]),
        skill: 'recall'
      }
    ];
  });

function rangeOf(value: number): { min: number; max: number } {
  const { min, max } = aboutInterval(value);
  return { min, max };
}

const countChoice: Generator = ({ index, random }) =>
  askable(index.base.quantities).flatMap((quantity): QuestionDraft[] => {
    const key = countText(quantity)!;
    const stem = stemFor(quantity);
    if (containsAnswer(stem, key)) return [];
    const candidates = countCandidates(index, quantity);
    const distractors = pickDistractors(random, { keys: [key], candidates, stem, count: 3 });
    if (distractors.length < 2) return [];
    const { choices, idOf } = shuffledChoices(random, [key, ...distractors]);
    return [
      {
        type: 'single-choice',
        stem,
        options: choices,
        key: idOf(key),
        explanation: explanationFor(quantity),
        evidence: evidenceOf([quantity]),
        factIds: [quantity.id],
        topic: topicOf([quantity]),
        skill: 'recall'
      }
    ];
  });

/**
 * "Which of these does the article give for the number killed?": "more than 80" and "84" are both
 * right, and seeing why is the point. Only for counts the article words in two or more numbers.
 */
const wordingsOfOneCount: Generator = ({ index, random }) => {
  const articleText = index.base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const seen = new Set<string>();
  return index.base.quantities.flatMap((quantity): QuestionDraft[] => {
    const group = `${quantity.measure} ${quantity.event}`;
    const event = quantity.event ? index.event(quantity.event) : undefined;
    if (seen.has(group) || !event || !quantity.measure.endsWith('ed')) return [];
    seen.add(group);
    const sameCount = index.sameCount(quantity);
    const keys = countWordings(sameCount);
    const feasible = feasibleInterval(sameCount);
    if (keys.length < 2 || !feasible) return [];
    const measure = quantity.measure.replace(/-/g, ' ');
    const stem = `Which of these does the article give for the number ${measure} in the ${eventPhrase(event, articleText)}? Select all that apply.`;
    // The article's other counts first, then numbers near this one.
    const [sameMeasure, otherMeasure] = articleCountCandidates(index, quantity);
    const fromArticle = pickDistractors(random, { keys, candidates: sameMeasure, stem, count: 3 });
    fromArticle.push(
      ...pickDistractors(random, {
        keys: [...keys, ...fromArticle],
        candidates: otherMeasure,
        stem,
        count: 3 - fromArticle.length
      })
    );
    const candidates = [...countCandidates(index, quantity), ...moreThanCandidates(index, quantity)];
    const distractors = [
      ...fromArticle,
      ...pickDistractors(random, {
        keys: [...keys, ...fromArticle],
        candidates,
        stem,
        count: 3 - fromArticle.length
      })
    ];
    if (distractors.length < 2) return [];
    const { choices, idOf } = shuffledChoices(random, [...keys, ...distractors]);
    const cited = sameCount.map(
      (item) => `“${item.text}” (paragraph ${item.evidence[0]!.paragraph.slice(1)})`
    );
    const exact = feasible.min === feasible.max ? ` Together they mean exactly ${feasible.min}.` : '';
    return [
      {
        type: 'multiple-response',
        stem,
        options: choices,
        key: keys.map(idOf).sort(),
        explanation: `The article words this number more than one way: ${cited.join(', ')}. All are true at once.${exact}`,
        evidence: evidenceOf(sameCount),
        factIds: sameCount.map((item) => item.id),
        topic: topicOf(sameCount),
        // Knowing which wordings the article uses is recall; it asks the count as its numeric question does.
        skill: 'recall'
      }
    ];
  });
};

export const quantityGenerators: Record<string, Generator> = {
  'quantity-numeric': numeric,
  'quantity-single-choice': countChoice,
  'quantity-wordings': wordingsOfOneCount
};

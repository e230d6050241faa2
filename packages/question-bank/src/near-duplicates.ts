import { correctAnswerText } from './answer-text.ts';
import { stanceLabels } from './generators/sourcing-questions.ts';
import { shareEvidence, statesAnswerEitherWay } from './give-aways.ts';
import { clozeBlank } from './kinds/cloze.ts';
import type { Question, QuestionType } from './question.ts';

/**
 * Near-duplicates: two questions that ask the same fact from the same angle, whatever their type or
 * wording (a true/false, a single-choice and a cloze all asking who was responsible for the Kerman
 * bombings). A student who has answered one has answered the other, so a bank keeps one of them.
 */

/** A cloze's sentence with its blank filled in. */
function filledIn(question: Extract<Question, { type: 'cloze' }>): string {
  return question.passage.replace(clozeBlank, correctAnswerText(question)[0] ?? '');
}

/** What a question asks: of which facts, and what of them. */
export type Ask = { facts: readonly string[]; angle: string };

const stances = new Set<string>(Object.values(stanceLabels));

/**
 * What the key tells about the facts. A relation's object, a count's value and a person's role are all
 * "recall" and never share a fact, so the skill tells them apart; the angles within one skill are named.
 */
function angleOf(question: Question): string {
  // Where the article says so: finding another paragraph is another question, whatever the skill.
  if (question.type === 'evidence-selection') return `paragraph ${question.key.join(' ')}`;
  if (question.skill === 'chronology') {
    // The order of several events, or the date of one (its year or its day).
    return question.type === 'ordering' || question.factIds.length > 1 ? 'order' : 'date';
  }
  if (question.skill !== 'sourcing') return question.skill;
  switch (question.type) {
    case 'true-false':
      return 'stance';
    case 'single-choice': {
      const [key] = correctAnswerText(question);
      // Who said it and how the article identifies that source are one angle: to know one is to know the other.
      if (stances.has(key!)) return 'stance';
      return 'speaker';
    }
    default:
      return 'speaker';
  }
}

/**
 * The facts a question asks about and its angle. The entities it names are its subject or its answer,
 * not what it asks, except where it asks of nothing else (a person's role).
 */
export function askOf(question: Question, entityIds: ReadonlySet<string>): Ask {
  const angle = angleOf(question);
  // How the article treats claims made in one paragraph is one question, whoever made each of them; the
  // claim comes first in the evidence, the facts the article gives against it after.
  if (angle === 'stance')
    return { facts: question.evidence.slice(0, 1).map((item) => item.paragraph), angle };
  const facts = question.factIds.filter((id) => !entityIds.has(id));
  return { facts: facts.length > 0 ? facts : question.factIds, angle };
}

/**
 * Same angle, and one asks nothing the other does not: "which group was responsible?" accepting either
 * of two true answers covers the single-choice on one of them and the true/false on the other.
 */
export function areNearDuplicates(a: Question, b: Question, entityIds: ReadonlySet<string>): boolean {
  // Two blanks in one sentence: each passage prints the other's answer.
  if (a.type === 'cloze' && b.type === 'cloze' && filledIn(a) === filledIn(b)) return true;
  const first = askOf(a, entityIds);
  const second = askOf(b, entityIds);
  if (first.angle !== second.angle) return false;
  // One fact or one quote, and one shows the other's answer (the count a cloze prints, the role a
  // matching lists, the other proxy of "armed multiple proxies, including ..."): a student who has seen
  // one has answered the other.
  const shared = first.facts.filter((id) => second.facts.includes(id));
  if ((shared.length > 0 || shareEvidence(a, b)) && statesAnswerEitherWay(a, b)) return true;
  // No text states a true/false's answer, but one that quotes its sentence has shown whether it is true.
  if ((a.type === 'true-false' || b.type === 'true-false') && shareEvidence(a, b)) return true;
  // Two matchings that share a pair ask that pair twice.
  if (a.type === 'matching' && b.type === 'matching') return shared.length > 0;
  if (first.angle === 'order') {
    // "Which came first?" twice with one key; two orderings most of whose events are the same.
    const [firstKey] = correctAnswerText(a);
    if (a.type === 'single-choice' && b.type === 'single-choice') return firstKey === correctAnswerText(b)[0];
    const fewer = Math.min(first.facts.length, second.facts.length);
    if (a.type === 'ordering' && b.type === 'ordering') return shared.length * 2 > fewer;
  }
  const within = (inner: readonly string[], outer: readonly string[]) =>
    inner.every((id) => outer.includes(id));
  return within(first.facts, second.facts) || within(second.facts, first.facts);
}

/**
 * Which form of a fact a bank keeps, best first: a typed answer asks more than recognising one, several
 * things at once more than one, and a true/false least of all, so it stays only where it is the only form.
 * A cloze asks one relation in the article's own words, so it goes before the short answer that takes
 * any of a relation's answers and would leave the others unasked.
 */
export const formPreference: readonly QuestionType[] = [
  'numeric',
  'matching',
  'cloze',
  'short-answer',
  'ordering',
  'multiple-response',
  'single-choice',
  'evidence-selection',
  'true-false'
];

/**
 * One question of each group of near-duplicates: the questions in order of preferred form (ties keep
 * their order), each kept unless it near-duplicates one kept already. Returned in their first order.
 */
export function collapseNearDuplicates(
  questions: readonly Question[],
  entityIds: ReadonlySet<string>
): Question[] {
  const rank = (question: Question) => formPreference.indexOf(question.type);
  const byPreference = questions
    .map((question, position) => ({ question, position }))
    .sort((a, b) => rank(a.question) - rank(b.question) || a.position - b.position);
  const kept: typeof byPreference = [];
  for (const item of byPreference) {
    if (!kept.some((other) => areNearDuplicates(item.question, other.question, entityIds))) kept.push(item);
  }
  return kept.sort((a, b) => a.position - b.position).map((item) => item.question);
}

/** How many distinct questions a bank holds: the questions left once near-duplicates collapse. */
export function distinctCount(questions: readonly Question[], entityIds: ReadonlySet<string>): number {
  return collapseNearDuplicates(questions, entityIds).length;
}

import type { FactBase } from '@newsquiz/facts';
import { formatQuestionPath } from './gates/question-problem.ts';
import { parseBankOptions, type BankOptions, type BankOptionsInput } from './bank-options.ts';
import { indexFacts } from './fact-index.ts';
import { finishQuestion } from './finish-question.ts';
import { eventGenerators } from './generators/event-questions.ts';
import { evidenceGenerators } from './generators/evidence-questions.ts';
import { ideaGenerators } from './generators/idea-questions.ts';
import type { Generator } from './generators/generator-context.ts';
import { quantityGenerators } from './generators/quantity-questions.ts';
import { relationGenerators } from './generators/relation-questions.ts';
import { matchingGenerators } from './generators/role-matching.ts';
import { collapseNearDuplicates } from './near-duplicates.ts';
import { practiceDraws } from './practice-draw.ts';
import { sourcingGenerators } from './generators/sourcing-questions.ts';
import type { Question } from './question.ts';
import { QuestionType as QuestionTypes } from './question.ts';
import type { QuestionBank } from './question-bank.ts';
import { seededRandom, type Random } from './random.ts';

/** Every generator, in the fixed order that keeps generation reproducible. */
export const generators: Readonly<Record<string, Generator>> = {
  ...relationGenerators,
  ...quantityGenerators,
  ...eventGenerators,
  ...sourcingGenerators,
  ...matchingGenerators,
  ...evidenceGenerators,
  ...ideaGenerators
};

export type GenerationProgress = (done: number, total: number) => void;

/**
 * A bank of questions about one fact base. Pure and seeded: the same facts, options and seed give
 * byte-identical JSON. Throws an Error naming each bad option.
 */
export function generateBank(
  facts: FactBase,
  input: BankOptionsInput = {},
  onProgress?: GenerationProgress
): QuestionBank {
  const parsed = parseBankOptions(input);
  if (!parsed.ok) {
    const lines = parsed.problems.map((problem) => `${formatQuestionPath(problem.path)}: ${problem.message}`);
    throw new Error(`Invalid bank options: ${lines.join('; ')}`);
  }
  const options = parsed.options;
  const index = indexFacts(facts);
  const entries = Object.entries(generators);
  const seen = new Set<string>();
  const questions: Question[] = [];
  entries.forEach(([name, generator], position) => {
    const context = { index, random: seededRandom(options.seed, name), variants: options.variants };
    for (const draft of generator(context)) {
      const question = finishQuestion(draft);
      const signature = signatureOf(question);
      if (seen.has(question.id) || seen.has(signature)) continue;
      seen.add(question.id);
      seen.add(signature);
      questions.push(question);
    }
    onProgress?.(position + 1, entries.length);
  });
  const entityIds = new Set(facts.entities.map((entity) => entity.id));
  // Filtered first, so that a teacher who asks for true/false gets the true/false form of each fact.
  const distinct = collapseNearDuplicates(
    questions.filter((question) => selected(question, options)),
    entityIds
  );
  return {
    format: 'newsquiz-question-bank',
    version: 1,
    article: facts.article.id,
    title: facts.article.title,
    seed: options.seed,
    questions: draw(distinct, options, seededRandom(options.seed, 'draw'), entityIds)
  };
}

/**
 * Practice draws of `count` from a fact base's default bank, one for each seed: the bank is weighed once,
 * so a draw then costs a fraction of a millisecond. The same seed gives the same draw. A caller that
 * already holds the default bank passes its `questions`, so it is not generated again.
 */
export function practiceDrawer(
  facts: FactBase,
  count: number,
  questions: readonly Question[] = generateBank(facts).questions
): (seed: number) => Question[] {
  const entityIds = new Set(facts.entities.map((entity) => entity.id));
  const draws = practiceDraws(questions, count, entityIds, seededRandom(0, 'weights'));
  return (seed) => draws(seededRandom(seed, 'draw'));
}

/** What makes two questions the same to a student, whatever the order of their options. */
function signatureOf(question: Question): string {
  const texts = (choices: readonly { text: string }[]) => choices.map((choice) => choice.text).sort();
  return JSON.stringify([
    question.type,
    question.stem,
    'passage' in question ? question.passage : '',
    'options' in question ? texts(question.options) : [],
    'prompts' in question ? texts(question.prompts) : []
  ]);
}

function selected(question: Question, options: BankOptions): boolean {
  return (
    (!options.types || options.types.includes(question.type)) &&
    (!options.topics || options.topics.includes(question.topic)) &&
    (!options.skills || options.skills.includes(question.skill)) &&
    (!options.difficulty || options.difficulty.includes(question.difficulty.level))
  );
}

/**
 * The whole bank, types in turn, each shuffled, so a short bank still mixes types; or a practice draw of
 * `count`.
 */
function draw(
  questions: readonly Question[],
  options: BankOptions,
  random: Random,
  entityIds: ReadonlySet<string>
): Question[] {
  if (options.count !== undefined) return practiceDraws(questions, options.count, entityIds, random)(random);
  const byType = QuestionTypes.options.map((type) => questions.filter((question) => question.type === type));
  return roundRobin(
    random.shuffle(byType).map((list) => random.shuffle(list)),
    questions.length
  );
}

/** Up to `limit` questions, one of each list in turn. */
function roundRobin(lists: readonly Question[][], limit: number): Question[] {
  const taken: Question[] = [];
  for (let round = 0; taken.length < limit && lists.some((list) => round < list.length); round++) {
    for (const list of lists) {
      const next = list[round];
      if (next && taken.length < limit) taken.push(next);
    }
  }
  return taken;
}

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
import { giveAwayEitherWay } from './give-aways.ts';
import { collapseNearDuplicates } from './near-duplicates.ts';
import { beyondRecall } from './skills.ts';
import { sourcingGenerators } from './generators/sourcing-questions.ts';
import type { Question, QuestionType } from './question.ts';
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

/** The share of a drawn quiz that asks more than recall, when the bank has enough such questions. */
export const beyondRecallShare = 0.3;

/** The share of draws a question may be in at most, with a margin under the 20% a teacher is promised. */
export const spreadShare = 0.15;

/**
 * Whether a type has questions enough to be in every draw: one of them in each leaves every one under
 * `spreadShare` of draws with half as much again to spare, as give-aways let some fit more often than
 * others. A type with fewer sits some draws out, or its few would be in most draws.
 */
export function enoughForEveryDraw(questions: number): boolean {
  return questions * spreadShare >= 1.5;
}

/**
 * Questions offered per place a type has in a draw: enough to choose among once those that quote the
 * sentences of the questions drawn before are passed over, few enough to spread.
 */
const seatsPerPlace = 6;

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
 * Takes the types in turn, each shuffled, so a short bank still mixes types. A draw of `count` asks about
 * each fact once while it can, and never holds two questions where one's feedback states the other's
 * answer; the entities a question names are shared freely, as they are its subject, not its answer. In the
 * first round each type, in the seed's order, gives one question, so every type makes it into a draw that
 * has room for one of each, and which type finds its questions given away varies; in later rounds the
 * richest choose first, so the extra places spread over the bank. The draw is then shuffled.
 * When only give-aways are left, the draw holds fewer than `count`.
 */
function draw(
  questions: readonly Question[],
  options: BankOptions,
  random: Random,
  entityIds: ReadonlySet<string>
): Question[] {
  const byType = new Map<QuestionType, Question[]>();
  for (const type of random.shuffle(QuestionTypes.options)) {
    byType.set(type, random.shuffle(questions.filter((question) => question.type === type)));
  }
  if (options.count === undefined) return roundRobin([...byType.values()], questions.length);
  const count = options.count;
  const queues = [...byType.values()];
  const factsOf = (question: Question) => question.factIds.filter((id) => !entityIds.has(id));
  const asked = new Set<string>();
  const drawn: Question[] = [];
  const full = () => drawn.length === count;
  // Each pair is weighed once: the phases below ask again of the same candidates.
  const clashes = new Map<string, boolean>();
  const clash = (a: Question, b: Question) => {
    const pair = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
    if (!clashes.has(pair)) clashes.set(pair, giveAwayEitherWay(a, b));
    return clashes.get(pair)!;
  };
  // Each type takes its share of the draw, as it has of the bank, and at least one place: a type given
  // more places than its share would keep drawing the few questions nothing else gives away.
  const total = queues.reduce((sum, queue) => sum + queue.length, 0);
  const placesOf = (queue: readonly Question[]) => Math.max(1, Math.floor((count * queue.length) / total));
  // Each question is offered in only some draws: enough to fill its type's places a few times over, and
  // none in more than `spreadShare` of draws where its type has few. A question that nothing else gives
  // away would otherwise be in most draws. The rest come in only where the offered ones fall short.
  const slots = queues.map((queue) => {
    const few = !enoughForEveryDraw(queue.length);
    const share = few ? spreadShare : Math.min(1, (seatsPerPlace * placesOf(queue)) / queue.length);
    const seated = queue.filter(() => random.int(1, 1000) <= share * 1000);
    return { all: queue, seated, few, places: placesOf(queue), taken: 0 };
  });
  const takeInTurn = (
    fits: (question: Question) => boolean,
    {
      firstRound = 0,
      rounds = Infinity,
      done = full,
      prefer = () => false,
      offer = 'seated',
      capped = true,
      everyType = false
    }: {
      capped?: boolean;
      /** The questions offered in this draw, or all of each type. */
      offer?: 'seated' | 'all';
      firstRound?: number;
      rounds?: number;
      done?: () => boolean;
      prefer?: (question: Question) => boolean;
      /** Each type with enough questions to be in every draw finds one, offered or not. */
      everyType?: boolean;
    } = {}
  ) => {
    for (let round = firstRound, found = true; found && round < firstRound + rounds && !done(); round++) {
      found = false;
      // In the first round the types with fewest questions choose first, before the others give theirs
      // away; later, the richest choose first, so the extra places spread over the bank.
      const order = [...slots].sort((a, b) =>
        round === 0 ? a.all.length - b.all.length : b[offer].length - a[offer].length
      );
      for (const slot of order) {
        if (done() || full()) break;
        if (capped && slot.taken >= slot.places) continue;
        const fitting = (question: Question) =>
          !drawn.includes(question) && fits(question) && !drawn.some((other) => clash(question, other));
        const pick = (queue: readonly Question[]) =>
          queue.find((question) => prefer(question) && fitting(question)) ?? queue.find(fitting);
        // A type that should be in every draw takes from all its questions when none offered fits.
        const question = pick(slot[offer]) ?? (everyType && !slot.few ? pick(slot.all) : undefined);
        if (!question) continue;
        factsOf(question).forEach((id) => asked.add(id));
        drawn.push(question);
        slot.taken += 1;
        found = true;
        // Past its places, each pick goes to the richest type that has one, whose questions spread.
        if (!capped) break;
      }
    }
  };
  const fresh = (question: Question) => factsOf(question).every((id) => !asked.has(id));
  // Three in ten ask more than recall, where the bank has them, so a short quiz still asks why: each
  // type's first question asks more than recall where it can, and more such questions follow if need be.
  // Each step takes from the questions offered in this draw first, and from the rest only when those
  // fall short: a type none of whose offered questions fits, or too few that ask why.
  const asksWhy = (question: Question) => beyondRecall(question.skill);
  takeInTurn(fresh, { rounds: 1, prefer: asksWhy, everyType: true });
  const quota = Math.ceil(count * beyondRecallShare);
  const quotaMet = () => full() || drawn.filter(asksWhy).length >= quota;
  const freshWhy = (question: Question) => fresh(question) && asksWhy(question);
  takeInTurn(freshWhy, { firstRound: 1, done: quotaMet });
  takeInTurn(freshWhy, { firstRound: 1, done: quotaMet, offer: 'all' });
  takeInTurn(fresh, { firstRound: 1 });
  takeInTurn(fresh, { firstRound: 1, capped: false });
  takeInTurn(fresh, { firstRound: 1, capped: false, offer: 'all' });
  // The facts have run out before the count: the rest repeat facts, still types in turn.
  takeInTurn(() => true, { firstRound: 1, capped: false, offer: 'all' });
  return random.shuffle(drawn);
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

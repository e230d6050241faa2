import { giveAwayEitherWay } from './give-aways.ts';
import type { Question } from './question.ts';
import type { Random } from './random.ts';
import { beyondRecall } from './skills.ts';

/** The share of a drawn quiz that asks more than recall, when the bank has enough such questions. */
export const beyondRecallShare = 0.3;

/** Whether a type has questions enough to be in every draw; a type with fewer comes in by chance. */
export function enoughForEveryDraw(questions: number): boolean {
  return questions >= 10;
}

/**
 * Rehearsed draws in each round of weighing. Each round moves every question's weight toward the
 * average share of draws; a rehearsal's count is noisy (a question in one draw of eight is counted
 * within a tenth of its share only over thousands), so later rounds rehearse more.
 */
const rehearsalsPerRound = [200, 400, 800, 1600, 3200];

/** A bank read once for drawing, by each question's place in it. */
type Pool = {
  size: number;
  /** The questions each one clashes with: one's feedback answers the other. */
  clashes: readonly (readonly number[])[];
  /** The facts each asks, numbered; the entities a question names are its subject, not its answer. */
  facts: readonly (readonly number[])[];
  asksWhy: readonly boolean[];
  /** The type each is of, numbered among the types in every draw, or -1. */
  everyDrawType: readonly number[];
  everyDrawTypes: number;
  factCount: number;
};

function readPool(questions: readonly Question[], entityIds: ReadonlySet<string>): Pool {
  const clashes: number[][] = questions.map(() => []);
  questions.forEach((question, index) => {
    for (let other = index + 1; other < questions.length; other++) {
      if (!giveAwayEitherWay(question, questions[other]!)) continue;
      clashes[index]!.push(other);
      clashes[other]!.push(index);
    }
  });
  const factNumbers = new Map<string, number>();
  const facts = questions.map((question) =>
    question.factIds
      .filter((id) => !entityIds.has(id))
      .map((id) => {
        if (!factNumbers.has(id)) factNumbers.set(id, factNumbers.size);
        return factNumbers.get(id)!;
      })
  );
  const sizes = new Map<string, number>();
  questions.forEach((question) => sizes.set(question.type, (sizes.get(question.type) ?? 0) + 1));
  const rich = [...sizes].filter(([, size]) => enoughForEveryDraw(size)).map(([type]) => type);
  return {
    size: questions.length,
    clashes,
    facts,
    asksWhy: questions.map((question) => beyondRecall(question.skill)),
    everyDrawType: questions.map((question) => rich.indexOf(question.type)),
    everyDrawTypes: rich.length,
    factCount: factNumbers.size
  };
}

/**
 * One draw, taking questions in the given order, each asking facts not yet asked: first the first of each
 * type that is in every draw; then any, while the places left can still hold the questions beyond recall
 * still owed; then any; only when those run out, questions that repeat a fact. Never two questions where
 * one's feedback answers the other, so a draw stops short when only such are left.
 */
function fill(pool: Pool, order: readonly number[], count: number): { drawn: number[]; short: boolean } {
  const drawn: number[] = [];
  const blocked = new Uint8Array(pool.size);
  const asked = new Uint8Array(pool.factCount);
  const typeDrawn = new Uint8Array(pool.everyDrawTypes);
  let typesOwed = pool.everyDrawTypes;
  let whyOwed = Math.ceil(count * beyondRecallShare);
  const take = (index: number) => {
    drawn.push(index);
    blocked[index] = 1;
    for (const other of pool.clashes[index]!) blocked[other] = 1;
    for (const fact of pool.facts[index]!) asked[fact] = 1;
    const type = pool.everyDrawType[index]!;
    if (type >= 0 && typeDrawn[type] === 0) {
      typeDrawn[type] = 1;
      typesOwed -= 1;
    }
    if (pool.asksWhy[index]) whyOwed -= 1;
  };
  const fresh = (index: number) => pool.facts[index]!.every((fact) => asked[fact] === 0);
  const owesType = (index: number) => {
    const type = pool.everyDrawType[index]!;
    return type >= 0 && typeDrawn[type] === 0;
  };
  // Places still owed once `index` is drawn: a type it does not bring, and the questions beyond recall.
  const owedAfter = (index: number) => {
    const bringsType = owesType(index) ? 1 : 0;
    return typesOwed - bringsType + Math.max(0, whyOwed - (pool.asksWhy[index] ? 1 : 0));
  };
  const pass = (wanted: (index: number) => boolean) => {
    for (const index of order) {
      if (drawn.length === count) return;
      if (blocked[index] === 0 && wanted(index)) take(index);
    }
  };
  pass((index) => fresh(index) && owesType(index));
  pass((index) => fresh(index) && owedAfter(index) <= count - drawn.length - 1);
  pass(fresh);
  pass(() => true);
  return { drawn, short: typesOwed > 0 || whyOwed > 0 };
}

/** Orders tried for one draw before one that leaves a type or a question beyond recall out is taken. */
const tries = 5;

/**
 * A draw in a weighted random order. Now and then the questions taken first leave every question of a
 * type, or every one beyond recall, clashing with one taken: the draw is then made again in another order.
 */
function drawOnce(
  pool: Pool,
  weights: readonly number[],
  count: number,
  random: Random
): { drawn: number[]; short: boolean } {
  let result = fill(pool, weightedOrder(weights, random), count);
  for (let attempt = 1; attempt < tries && result.short; attempt++) {
    result = fill(pool, weightedOrder(weights, random), count);
  }
  return result;
}

/** Every question once, in a random order where the heavier come earlier (each waits an exponential time). */
function weightedOrder(weights: readonly number[], random: Random): number[] {
  const wait = new Float64Array(weights.length);
  weights.forEach((weight, index) => (wait[index] = -Math.log(random.int(1, 2 ** 30) / 2 ** 30) / weight));
  return Array.from(weights.keys()).sort((a, b) => wait[a]! - wait[b]!);
}

/**
 * Weights that give every question about the same share of draws. Taken in a plain random order, a
 * question that nothing else gives away fits nearly every draw and one that clashes with many seldom
 * does; rehearsing the draw and weighing each question by how often it came in evens them out, as far as
 * the clashes allow.
 */
function evenWeights(pool: Pool, count: number, random: Random): number[] {
  let weights = Array.from({ length: pool.size }, () => 1);
  for (const rehearsals of rehearsalsPerRound) {
    const times = weights.map(() => 0);
    for (let rehearsal = 0; rehearsal < rehearsals; rehearsal++) {
      for (const index of drawOnce(pool, weights, count, random).drawn) times[index]! += 1;
    }
    const average = times.reduce((sum, value) => sum + value, 0) / times.length;
    weights = weights.map((weight, index) => weight * (average / Math.max(times[index]!, 1)));
  }
  return weights;
}

/** Draws rehearsed with the weights, from which the draws a student gets are chosen. */
const catalogSize = 3_000;

/** Draws chosen from the catalog; a student's draw is one of them, picked at random. */
const chosenDraws = 1_000;

/**
 * Draws from the weighed order, each set of questions once: those that hold `count` and every type and
 * question beyond recall owed, or, when none does, the fullest.
 */
function catalogOf(pool: Pool, weights: readonly number[], count: number, random: Random): number[][] {
  const draws = new Map<string, { drawn: number[]; short: boolean }>();
  for (let rehearsal = 0; rehearsal < catalogSize; rehearsal++) {
    const draw = drawOnce(pool, weights, count, random);
    draw.drawn.sort((a, b) => a - b);
    draws.set(draw.drawn.join(' '), draw);
  }
  const all = [...draws.values()];
  const full = all.filter((draw) => draw.drawn.length === count && !draw.short);
  if (full.length > 0) return full.map((draw) => draw.drawn);
  const fullest = Math.max(...all.map((draw) => draw.drawn.length));
  return all.filter((draw) => draw.drawn.length === fullest).map((draw) => draw.drawn);
}

/**
 * Draws chosen one by one from the catalog, each time the one whose most-drawn question has been chosen
 * least (then the one whose questions have been chosen least in all). Weights alone cannot even the
 * shares out: once the questions taken first block most of the bank, a draw is filled from the few that
 * clash with little, so those few come in far more often than the rest. Choosing whole draws can prefer
 * the draws that do without them.
 */
function balancedDraws(catalog: readonly number[][], size: number, questions: number): number[][] {
  const times = new Int32Array(questions);
  const chosen: number[][] = [];
  for (let turn = 0; turn < size; turn++) {
    let best = catalog[0]!;
    let bestMost = Infinity;
    let bestSpread = Infinity;
    for (const draw of catalog) {
      let most = 0;
      let spread = 0;
      for (const index of draw) {
        const drawnBefore = times[index]!;
        most = Math.max(most, drawnBefore);
        spread += drawnBefore * drawnBefore;
      }
      if (most < bestMost || (most === bestMost && spread < bestSpread)) {
        best = draw;
        bestMost = most;
        bestSpread = spread;
      }
    }
    chosen.push(best);
    for (const index of best) times[index]! += 1;
  }
  return chosen;
}

/**
 * Practice draws of `count` from a bank: each asks each fact once while it can, never holds two
 * questions where one's feedback answers the other, puts each type with questions enough in every draw
 * and asks more than recall in three of ten, and no question is in many more draws than the others.
 * The bank is weighed once, with `random`, and a thousand draws are chosen from three thousand rehearsed;
 * each student's draw is one of them, shuffled. When only give-aways are left, a draw holds fewer than
 * `count`.
 */
export function practiceDraws(
  questions: readonly Question[],
  count: number,
  entityIds: ReadonlySet<string>,
  random: Random
): (random: Random) => Question[] {
  const pool = readPool(questions, entityIds);
  const weights = evenWeights(pool, count, random);
  const draws = balancedDraws(catalogOf(pool, weights, count, random), chosenDraws, pool.size);
  return (draw) => draw.shuffle(draws[draw.int(0, draws.length - 1)]!.map((index) => questions[index]!));
}

import type { FactBase } from '@newsquiz/facts';
import type { SetQuestion, SetSettings } from '@newsquiz/db';
import {
  giveAwayEitherWay,
  practiceDrawer,
  Question,
  seededRandom,
  type Random
} from '@newsquiz/question-bank';
import { getBank } from '../sets/bank';

/** One question as an attempt holds it: the full question stays on the server as the attempt's snapshot. */
export type DrawnQuestion = { questionId: string; setQuestionId: string | null; snapshot: Question };

export const practiceQuestionCount = 10;

/** Practice: immediate feedback, one question a page, no limits. */
export const practiceSettings: SetSettings = {
  layout: 'one-per-page',
  shuffleQuestions: false,
  shuffleOptions: false,
  drawCount: null,
  feedback: 'immediate',
  timeLimitMinutes: null,
  attemptsAllowed: null
};

/** A fresh seed for each attempt; 31 bits, as the attempts table stores it. */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** Each article's bank, weighed for practice draws once per process: weighing takes a good part of a second. */
const practiceDraws = new Map<string, (seed: number) => Question[]>();

/** Ten mixed questions drawn from the article's whole bank with this attempt's seed. */
export function drawPracticeQuestions(facts: FactBase, seed: number): DrawnQuestion[] {
  let draws = practiceDraws.get(facts.article.id);
  if (!draws) {
    // The default bank the app already holds for the teachers' pages, rather than a second one made here.
    draws = practiceDrawer(facts, practiceQuestionCount, getBank(facts.article.id));
    practiceDraws.set(facts.article.id, draws);
  }
  return draws(seed).map((question) => ({
    questionId: question.id,
    setQuestionId: null,
    snapshot: question
  }));
}

function shuffleOptions(question: Question, random: Random): Question {
  if (!('options' in question)) return question;
  return { ...question, options: random.shuffle(question.options) } as Question;
}

/** A student's draw from a teacher's set: shuffled and cut to `drawCount` as the settings ask. */
export function drawSetQuestions(
  questions: SetQuestion[],
  settings: SetSettings,
  seed: number
): DrawnQuestion[] {
  const random = seededRandom(seed);
  const ordered = settings.shuffleQuestions ? random.shuffle(questions) : questions;
  const seen = new Set<string>();
  const drawn: DrawnQuestion[] = [];
  for (const row of ordered) {
    const question = Question.parse(row.snapshot);
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    drawn.push({
      questionId: question.id,
      setQuestionId: row.id,
      snapshot: settings.shuffleOptions ? shuffleOptions(question, random) : question
    });
  }
  return settings.drawCount === null ? drawn : takeApart(drawn, settings.drawCount);
}

/**
 * The first `count` questions in order, passing over one whose feedback or passage states the answer of
 * one already taken (or the reverse) while others are left, as a practice draw does; the passed-over
 * ones fill the draw only when nothing else is left. The set's order is kept.
 */
function takeApart(drawn: DrawnQuestion[], count: number): DrawnQuestion[] {
  const taken: DrawnQuestion[] = [];
  const passed: DrawnQuestion[] = [];
  for (const item of drawn) {
    if (taken.length === count) break;
    if (taken.some((other) => giveAwayEitherWay(other.snapshot, item.snapshot))) passed.push(item);
    else taken.push(item);
  }
  const chosen = new Set([...taken, ...passed.slice(0, count - taken.length)]);
  return drawn.filter((item) => chosen.has(item));
}

/**
 * How many questions a student of the set gets, without drawing them: the draw, or every question when the
 * set holds fewer; a question in the set twice is asked once, as drawSetQuestions asks it.
 */
export function questionsPerStudent(questions: SetQuestion[], settings: SetSettings): number {
  const distinct = new Set(questions.map((row) => row.snapshot['id'])).size;
  return Math.min(settings.drawCount ?? distinct, distinct);
}

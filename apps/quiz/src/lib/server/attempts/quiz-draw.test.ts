import type { SetQuestion } from '@newsquiz/db';
import {
  generateBank,
  giveAwayEitherWay,
  giveAwayPairs,
  practiceDrawer,
  type Question
} from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { getBank } from '../sets/bank';
import {
  drawPracticeQuestions,
  drawSetQuestions,
  practiceQuestionCount,
  questionsPerStudent,
  practiceSettings
} from './quiz-draw';

const facts = getFactBase();
const bank = generateBank(facts, {
  seed: 11,
  count: 12,
  types: ['single-choice', 'ordering', 'true-false']
}).questions;
const asSetQuestions = (questions: readonly Question[]): SetQuestion[] =>
  questions.map((question, position) => ({
    id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    setId: '00000000-0000-4000-8000-000000000000',
    position,
    sourceQuestionId: question.id,
    snapshot: question as unknown as SetQuestion['snapshot'],
    createdAt: new Date(0),
    grounded: true,
    retiredAt: null
  }));
const setQuestions = asSetQuestions(bank);
const ids = (drawn: { questionId: string }[]) => drawn.map((q) => q.questionId);

describe('drawing the questions of an attempt', () => {
  test('practice draws ten questions, different for different seeds', () => {
    const first = drawPracticeQuestions(facts, 1);
    expect(first).toHaveLength(practiceQuestionCount);
    expect(ids(drawPracticeQuestions(facts, 1))).toEqual(ids(first));
    expect(ids(drawPracticeQuestions(facts, 2))).not.toEqual(ids(first));
  });

  test('practice draws from the bank the app holds, as a drawer that generates its own bank would', () => {
    const held = new Set(getBank(facts.article.id));
    const drawn = drawPracticeQuestions(facts, 4);
    expect(drawn.every(({ snapshot }) => held.has(snapshot))).toBe(true);
    expect(ids(drawn)).toEqual(practiceDrawer(facts, practiceQuestionCount)(4).map((q) => q.id));
  });

  test("a set's questions come in the set's order unless the settings shuffle them", () => {
    expect(ids(drawSetQuestions(setQuestions, practiceSettings, 3))).toEqual(bank.map((q) => q.id));
    const shuffled = drawSetQuestions(setQuestions, { ...practiceSettings, shuffleQuestions: true }, 3);
    expect(ids(shuffled)).not.toEqual(bank.map((q) => q.id));
    expect([...ids(shuffled)].sort()).toEqual(bank.map((q) => q.id).sort());
  });

  test('draw N takes that many, and shuffled options keep their ids so the key still holds', () => {
    const settings = { ...practiceSettings, drawCount: 5, shuffleQuestions: true, shuffleOptions: true };
    const drawn = drawSetQuestions(setQuestions, settings, 9);
    expect(drawn).toHaveLength(5);
    for (const { snapshot, setQuestionId } of drawn) {
      const original = bank.find((question) => question.id === snapshot.id)!;
      expect(setQuestions.find((row) => row.id === setQuestionId)?.sourceQuestionId).toBe(original.id);
      if ('options' in original && 'options' in snapshot) {
        expect([...snapshot.options].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...original.options].sort((a, b) => a.id.localeCompare(b.id))
        );
      }
      expect(snapshot.key).toEqual(original.key);
    }
  });

  test('a draw passes over a question an earlier one gives away while others are left, in the set’s order', () => {
    const whole = generateBank(facts, { seed: 1 }).questions;
    const [giver, asked] = giveAwayPairs(whole)[0]!;
    const others: Question[] = [];
    for (const question of whole) {
      const group = [giver, asked, ...others];
      if (
        others.length < 3 &&
        !group.includes(question) &&
        !group.some((other) => giveAwayEitherWay(other, question))
      )
        others.push(question);
    }
    const rows = asSetQuestions([giver, asked, ...others]);
    const settings = { ...practiceSettings, drawCount: 3 };
    expect(ids(drawSetQuestions(rows, settings, 1))).toEqual([giver.id, others[0]!.id, others[1]!.id]);
    // With nothing else left, the pair fills the draw: a short set still gives the count asked for.
    expect(ids(drawSetQuestions(rows.slice(0, 2), { ...settings, drawCount: 2 }, 1))).toEqual([
      giver.id,
      asked.id
    ]);
  });

  test('a student is told the count the draw gives: the draw, or the whole set when it holds fewer', () => {
    // The same question twice in a set is asked once.
    const twice = [...setQuestions, { ...setQuestions[0]!, id: '00000000-0000-4000-8000-999999999999' }];
    for (const drawCount of [null, 1, 5, 12, 13, 100, 500]) {
      const settings = { ...practiceSettings, drawCount, shuffleQuestions: true };
      const expected = Math.min(drawCount ?? Infinity, bank.length);
      expect(questionsPerStudent(twice, settings), `draw ${drawCount}`).toBe(expected);
      expect(drawSetQuestions(twice, settings, 4), `draw ${drawCount}`).toHaveLength(expected);
    }
  });
});

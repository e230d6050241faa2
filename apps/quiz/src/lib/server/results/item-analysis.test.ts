import type { QuestionStatistics } from '@newsquiz/db';
import type { Question } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { itemAnalysis } from './item-analysis';
import { placeOptions as options, questionFields as common } from './test-questions';

function statisticsOf(
  question: Question,
  responseCounts: QuestionStatistics['responseCounts'],
  extra: Partial<QuestionStatistics> = {}
): QuestionStatistics {
  const answered = responseCounts.reduce((total, { count }) => total + count, 0);
  return {
    setQuestionId: null,
    questionId: question.id,
    snapshot: question,
    answered,
    correct: 0,
    responseCounts,
    seen: answered,
    facility: null,
    discrimination: null,
    flags: [],
    ...extra
  };
}

describe('itemAnalysis', () => {
  test('counts every option of a single-choice question by its text, unchosen ones too', () => {
    const [item] = itemAnalysis([
      statisticsOf({ ...common, type: 'single-choice', options, key: 'a' }, [
        { response: { type: 'single-choice', choice: 'a' }, count: 3 },
        { response: { type: 'single-choice', choice: 'c' }, count: 1 }
      ])
    ]);
    expect(item!.answers).toEqual([
      { answer: 'Kerman', count: 3, correct: true, acceptable: null },
      { answer: 'Tehran', count: 0, correct: false, acceptable: null },
      { answer: 'Qom', count: 1, correct: false, acceptable: null }
    ]);
  });

  test('counts each option a multiple-response answer includes', () => {
    const [item] = itemAnalysis([
      statisticsOf({ ...common, type: 'multiple-response', options, key: ['a', 'b'] }, [
        { response: { type: 'multiple-response', choices: ['a', 'b'] }, count: 2 },
        { response: { type: 'multiple-response', choices: ['a', 'c'] }, count: 1 }
      ])
    ]);
    expect(item!.answers.map(({ answer, count, correct }) => [answer, count, correct])).toEqual([
      ['Kerman', 3, true],
      ['Tehran', 2, true],
      ['Qom', 1, false]
    ]);
  });

  test('gives true and false both, the key marked', () => {
    const [item] = itemAnalysis([
      statisticsOf({ ...common, type: 'true-false', key: false }, [
        { response: { type: 'true-false', value: true }, count: 2 }
      ])
    ]);
    expect(item!.answers).toEqual([
      { answer: 'True', count: 2, correct: false, acceptable: null },
      { answer: 'False', count: 0, correct: true, acceptable: null }
    ]);
  });

  test('lists typed answers as given, marking those that score and offering the wrong ones for accepting', () => {
    const [item] = itemAnalysis([
      statisticsOf({ ...common, type: 'short-answer', key: ['ISIS-K'] }, [
        { response: { type: 'short-answer', text: 'isis-k' }, count: 2 },
        { response: { type: 'short-answer', text: 'Hamas' }, count: 1 }
      ])
    ]);
    expect(item!.answers).toEqual([
      { answer: 'isis-k', count: 2, correct: true, acceptable: null },
      { answer: 'Hamas', count: 1, correct: false, acceptable: 'Hamas' }
    ]);
  });

  test('numbers the questions in order and puts the flags in words', () => {
    const question: Question = { ...common, type: 'true-false', key: true };
    const items = itemAnalysis([
      statisticsOf(question, [], { facility: 0.95, discrimination: 0.1, flags: ['too-easy'] }),
      statisticsOf({ ...question, id: 'q-fedcba9876543210', stem: 'Second?' }, [], {
        flags: ['too-hard', 'not-discriminating']
      })
    ]);
    expect(items.map((item) => [item.number, item.stem, item.facility, item.discrimination])).toEqual([
      [1, 'Where did the attack happen?', 0.95, 0.1],
      [2, 'Second?', null, null]
    ]);
    expect(items[0]!.flags).toEqual(['Very easy: almost everyone got it right']);
    expect(items[1]!.flags).toEqual([
      'Very hard: most got it wrong; check the key and the wording',
      'Does not tell stronger from weaker students apart'
    ]);
  });

  test('measures difficulty from facility once 20 students have seen the question, beside the estimate', () => {
    const question = { ...common, type: 'true-false' as const, key: false };
    const [few, enough] = itemAnalysis([
      statisticsOf(question, [], { seen: 19, facility: 0.9 }),
      statisticsOf(question, [], { seen: 20, facility: 0.35 })
    ]);
    expect(few!.measured).toBeUndefined();
    expect(enough!.measured).toEqual({ level: 'hard', facility: 0.35, attempts: 20 });
    expect(enough!.estimated).toEqual(question.difficulty);
  });
});

import { describe, expect, test } from 'vitest';
import { correctAnswerText, responseText } from './answer-text.ts';
import type { Question } from './question.ts';

const common = {
  id: 'q-0123456789abcdef',
  stem: 'Where did the attack happen?',
  explanation: 'Because.',
  evidence: [{ paragraph: 'p7', quote: 'killed 84' }],
  factIds: ['killed-84'],
  topic: 'the-attack',
  skill: 'recall' as const,
  difficulty: { level: 'easy' as const, score: 1, rule: 'test' }
};
const options = [
  { id: 'a', text: 'Kerman' },
  { id: 'b', text: 'Tehran' },
  { id: 'c', text: 'Qom' }
];

describe('answers in words', () => {
  test('choices, true or false and typed answers', () => {
    const single: Question = { ...common, type: 'single-choice', options, key: 'a' };
    expect(correctAnswerText(single)).toEqual(['Kerman']);
    expect(responseText(single, { type: 'single-choice', choice: 'c' })).toEqual(['Qom']);
    const many: Question = { ...common, type: 'multiple-response', options, key: ['a', 'c'] };
    expect(correctAnswerText(many)).toEqual(['Kerman', 'Qom']);
    expect(correctAnswerText({ ...common, type: 'true-false', key: false })).toEqual(['False']);
    const short: Question = { ...common, type: 'short-answer', key: ['ISIS-K', 'Islamic State Khorasan'] };
    expect(correctAnswerText(short)).toEqual(['ISIS-K']);
    expect(responseText(short, { type: 'short-answer', text: 'isis k' })).toEqual(['isis k']);
  });

  test('numbers with their unit, tolerance or range', () => {
    const exact: Question = {
      ...common,
      type: 'numeric',
      key: { kind: 'tolerance', value: 84, tolerance: 0 },
      unit: 'people'
    };
    expect(correctAnswerText(exact)).toEqual(['84 people']);
    expect(responseText(exact, { type: 'numeric', value: 1200 })).toEqual(['1,200 people']);
    const range: Question = {
      ...common,
      type: 'numeric',
      key: { kind: 'range', min: 80, max: 90 },
      unit: 'people'
    };
    expect(correctAnswerText(range)).toEqual(['between 80 and 90 people']);
    const about: Question = {
      ...common,
      type: 'numeric',
      key: { kind: 'tolerance', value: 100, tolerance: 5 }
    };
    expect(correctAnswerText(about)).toEqual(['100 (give or take 5)']);
  });

  test('a year, a number with no unit and four digits, is written without a comma', () => {
    const year: Question = {
      ...common,
      type: 'numeric',
      key: { kind: 'tolerance', value: 2019, tolerance: 0 }
    };
    expect(correctAnswerText(year)).toEqual(['2019']);
    expect(responseText(year, { type: 'numeric', value: 2020 })).toEqual(['2020']);
    const years: Question = { ...common, type: 'numeric', key: { kind: 'range', min: 1979, max: 1989 } };
    expect(correctAnswerText(years)).toEqual(['between 1979 and 1989']);
    // A count with its unit keeps the separator, and so does a bare number past four digits.
    expect(responseText(year, { type: 'numeric', value: 12000 })).toEqual(['12,000']);
  });

  test('matching pairs and a numbered order', () => {
    const prompts = [
      { id: 'p', text: 'Attack' },
      { id: 'q', text: 'Funeral' }
    ];
    const matching: Question = {
      ...common,
      type: 'matching',
      prompts,
      options,
      key: [
        { prompt: 'p', option: 'a' },
        { prompt: 'q', option: 'b' }
      ]
    };
    expect(correctAnswerText(matching)).toEqual(['Attack: Kerman', 'Funeral: Tehran']);
    const ordering: Question = { ...common, type: 'ordering', options, key: ['c', 'a', 'b'] };
    expect(correctAnswerText(ordering)).toEqual(['1. Qom', '2. Kerman', '3. Tehran']);
    expect(responseText(ordering, { type: 'ordering', order: ['a', 'b', 'c'] })).toEqual([
      '1. Kerman',
      '2. Tehran',
      '3. Qom'
    ]);
  });
});

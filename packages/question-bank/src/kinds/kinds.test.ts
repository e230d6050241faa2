import { describe, expect, test } from 'vitest';
import { QuestionType } from '../question.ts';
import { sampleQuestions } from '../test-support.ts';
import { kindOf, kinds, questionTypeLabels } from './kinds.ts';

describe('the kinds of question', () => {
  test('each kind takes its own questions and responses and no other type', () => {
    for (const question of sampleQuestions()) {
      for (const type of QuestionType.options) {
        expect(
          kinds[type].question.safeParse(question).success,
          `${type} kind, ${question.type} question`
        ).toBe(type === question.type);
      }
    }
    for (const type of QuestionType.options) {
      expect(kinds[type].response.safeParse({ type: 'ordering', order: [] }).success, type).toBe(
        type === 'ordering'
      );
    }
  });

  test('every kind has a label of its own', () => {
    const labels = Object.values(questionTypeLabels);
    expect(Object.keys(questionTypeLabels)).toEqual(QuestionType.options);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('the key of every sample question is said in words', () => {
    for (const question of sampleQuestions()) {
      const words = kindOf(question).keyText(question);
      expect(words.length, question.type).toBeGreaterThan(0);
      for (const text of words) expect(text, question.type).toMatch(/\p{L}|\d/u);
    }
  });
});

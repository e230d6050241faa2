import { describe, expect, it } from 'vitest';
import { gradeResponse } from './grade-response.ts';
import { kermanBank, sampleOf } from './test-support.ts';

const scoreOf = (grade: ReturnType<typeof gradeResponse>) => (grade.ok ? grade.score : undefined);

describe('gradeResponse', () => {
  it('grades single choice and true/false right or wrong', () => {
    expect(gradeResponse(sampleOf('single-choice'), { type: 'single-choice', choice: 'b' })).toMatchObject({
      ok: true,
      correct: true,
      score: 1,
      points: 1
    });
    expect(gradeResponse(sampleOf('single-choice'), { type: 'single-choice', choice: 'a' })).toMatchObject({
      correct: false,
      score: 0
    });
    expect(scoreOf(gradeResponse(sampleOf('true-false'), { type: 'true-false', value: false }))).toBe(0);
  });

  it('accepts a number within the tolerance or range only', () => {
    const numeric = sampleOf('numeric');
    expect(scoreOf(gradeResponse(numeric, { type: 'numeric', value: 84 }))).toBe(1);
    expect(scoreOf(gradeResponse(numeric, { type: 'numeric', value: 85 }))).toBe(0);
    const range = { ...numeric, key: { kind: 'range' as const, min: 153, max: 187 } };
    expect(scoreOf(gradeResponse(range, { type: 'numeric', value: 153 }))).toBe(1);
    expect(scoreOf(gradeResponse(range, { type: 'numeric', value: 188 }))).toBe(0);
  });

  it('accepts ISIS-K however it is written, and its other names', () => {
    const question = kermanBank().questions.find(
      (item) => item.type === 'cloze' && item.passage.includes('was the culprit')
    )!;
    expect(question.key).toContain('ISIS-K');
    for (const text of ['ISIS-K', 'isis k', 'ISIS K', 'Islamic State Khorasan', ' the isis-k. ']) {
      expect(scoreOf(gradeResponse(question, { type: 'cloze', text })), text).toBe(1);
    }
    for (const text of ['ISIS', 'Islamic State', '']) {
      expect(scoreOf(gradeResponse(question, { type: 'cloze', text })), text).toBe(0);
    }
  });

  it('gives partial credit for multiple response, taking a share back for each wrong choice', () => {
    const question = sampleOf('multiple-response');
    expect(scoreOf(gradeResponse(question, { type: 'multiple-response', choices: ['a', 'c'] }))).toBe(1);
    expect(scoreOf(gradeResponse(question, { type: 'multiple-response', choices: ['a'] }))).toBe(0.5);
    expect(scoreOf(gradeResponse(question, { type: 'multiple-response', choices: ['a', 'b'] }))).toBe(0);
    expect(scoreOf(gradeResponse(question, { type: 'multiple-response', choices: ['b', 'd'] }))).toBe(0);
  });

  it('gives partial credit for matching and ordering', () => {
    const matching = sampleOf('matching');
    const pairs = [
      { prompt: '1', option: 'c' },
      { prompt: '2', option: 'b' },
      { prompt: '3', option: 'a' }
    ];
    expect(scoreOf(gradeResponse(matching, { type: 'matching', pairs }))).toBe(0.333);
    const ordering = sampleOf('ordering');
    expect(gradeResponse(ordering, { type: 'ordering', order: ['b', 'c', 'a'] })).toMatchObject({
      correct: true
    });
    expect(scoreOf(gradeResponse(ordering, { type: 'ordering', order: ['c', 'b', 'a'] }))).toBe(0.5);
    expect(scoreOf(gradeResponse(ordering, { type: 'ordering', order: ['b', 'c'] }))).toBe(0);
  });

  it('grades cloze answers after normalisation and scales points', () => {
    expect(gradeResponse(sampleOf('cloze'), { type: 'cloze', text: 'afghanistan' }, 4)).toMatchObject({
      points: 4,
      maxPoints: 4
    });
  });

  it('reports a malformed response or one for another type instead of marking it wrong', () => {
    expect(gradeResponse(sampleOf('numeric'), { type: 'numeric', value: 'lots' })).toMatchObject({
      ok: false,
      problems: [{ code: 'invalid-response', path: ['value'] }]
    });
    expect(gradeResponse(sampleOf('numeric'), { type: 'true-false', value: true })).toMatchObject({
      ok: false,
      problems: [{ code: 'wrong-question-type', expected: 'numeric', received: 'true-false' }]
    });
  });
});

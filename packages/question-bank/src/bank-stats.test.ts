import { describe, expect, it } from 'vitest';
import { bankStats } from './bank-stats.ts';
import { kermanBank, kermanFacts, sampleQuestions } from './test-support.ts';

describe('bankStats', () => {
  it('counts by type, topic, skill and difficulty', () => {
    const stats = bankStats(sampleQuestions());
    expect(stats.total).toBe(10);
    expect(stats.byType).toEqual({
      cloze: 1,
      'evidence-selection': 1,
      matching: 1,
      'multiple-response': 1,
      numeric: 2,
      ordering: 1,
      'short-answer': 1,
      'single-choice': 1,
      'true-false': 1
    });
    expect(stats.byTopic).toEqual({ 'isis-k-background': 10 });
    expect(stats.bySkill).toEqual({ recall: 10 });
    expect(stats.byDifficulty).toEqual({ easy: 6, medium: 4 });
  });

  it('counts near-duplicates once: the samples all ask where ISIS-K is based, one asks where it says so', () => {
    expect(bankStats(sampleQuestions()).distinct).toBe(2);
  });

  it('counts every question of a generated bank as distinct, as it keeps one of each group', () => {
    const entityIds = new Set(kermanFacts().entities.map((entity) => entity.id));
    const { questions } = kermanBank();
    expect(bankStats(questions, entityIds).distinct).toBe(questions.length);
  });
});

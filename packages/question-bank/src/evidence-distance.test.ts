import { describe, expect, it } from 'vitest';
import { estimateDifficulty } from './difficulty.ts';
import type { Evidence } from '@newsquiz/facts';
import type { QuestionDraft } from './question.ts';

const responsibleFor = (evidence: Evidence[], factIds: string[]): QuestionDraft => ({
  type: 'multiple-response',
  stem: 'According to the article, which of these were responsible for the Kerman bombings? Select all that apply.',
  explanation: 'The article names both ISIS-K and Islamic State.',
  evidence,
  factIds,
  topic: 'the-attack',
  skill: 'recall',
  options: ['Houthis', 'Taliban', 'ISIS-K', 'Islamic State'].map((text, index) => ({
    id: 'abcd'[index]!,
    text
  })),
  key: ['c', 'd']
});

const both = ['rel-isis-k-responsible-for-kerman', 'rel-islamic-state-responsible-for-kerman'];

describe('evidence distance', () => {
  it('rates an answer assembled across paragraphs harder than one worded in one quote', () => {
    const together = estimateDifficulty(
      responsibleFor(
        [{ paragraph: 'p36', quote: 'ISIS-K, an affiliate of Islamic State, took responsibility' }],
        both
      )
    );
    const apart = estimateDifficulty(
      responsibleFor(
        [
          { paragraph: 'p7', quote: 'Islamic State was preparing to carry out the terrorist attack' },
          { paragraph: 'p25', quote: 'they had information that ISIS-K was the culprit' }
        ],
        both
      )
    );
    expect(together.rule).toContain('evidence: answer worded in p36 +0');
    expect(apart.rule).toContain('evidence: answer worded across p7 to p25, 18 paragraphs apart +3');
    expect(apart.score).toBeGreaterThan(together.score);
  });

  it('takes the nearest statement of a single fact the article repeats', () => {
    const repeated = estimateDifficulty({
      type: 'true-false',
      stem: 'True or false: Islamic State claimed responsibility for the Kerman bombings.',
      explanation: 'It did, in a statement after the attack.',
      evidence: [
        { paragraph: 'p11', quote: 'The Islamic State claimed responsibility for the pair of explosions' },
        { paragraph: 'p21', quote: 'Islamic State claimed responsibility after the attack' }
      ],
      factIds: ['st-islamic-state-claim'],
      topic: 'the-attack',
      skill: 'recall',
      key: true
    });
    expect(repeated.rule).toContain('evidence: all in p11 +0');
  });

  it('finds a small number the article spells out', () => {
    const operatives = estimateDifficulty({
      type: 'numeric',
      stem: 'How many operatives, Islamic State said, detonated explosive belts?',
      explanation: 'Two, the group said.',
      evidence: [{ paragraph: 'p21', quote: 'two of its operatives had detonated explosive belts' }],
      factIds: ['islamic-state-operatives-two'],
      topic: 'the-attack',
      skill: 'recall',
      key: { kind: 'tolerance', value: 2, tolerance: 0 }
    });
    expect(operatives.rule).toContain('evidence: answer worded in p21 +0');
  });
});

import { describe, expect, it } from 'vitest';
import { estimateDifficulty } from './difficulty.ts';
import type { QuestionDraft } from './question.ts';

const choiceOf = (key: string, wrong: string[]): QuestionDraft => ({
  type: 'single-choice',
  stem: 'What number does the article give for the Iranians killed in the Kerman bombings?',
  explanation: 'The bombings killed 84 Iranians.',
  evidence: [{ paragraph: 'p19', quote: 'killed 84 Iranians' }],
  factIds: ['killed-84'],
  topic: 'the-attack',
  skill: 'recall',
  options: [key, ...wrong].map((text, index) => ({ id: 'abcd'[index]!, text })),
  key: 'a'
});

const dateChoice = (key: string, wrong: string[]): QuestionDraft => ({
  ...choiceOf(key, wrong),
  stem: 'When did the Kerman bombings happen?',
  evidence: [{ paragraph: 'p12', quote: 'ISIS’s terrorist attack on January 3, 2024, in Kerman, Iran' }],
  factIds: ['kerman-bombings'],
  skill: 'chronology'
});

describe('distractor closeness', () => {
  it('rates a key among close numbers harder than among far ones', () => {
    const close = estimateDifficulty(choiceOf('84', ['80', '90', '100']));
    const far = estimateDifficulty(choiceOf('84', ['20', '40', '170']));
    expect(close.score).toBeGreaterThan(far.score);
    expect(close.rule).toContain('numbers close to the key (nearest 5% off) +2');
  });

  it('rates dates days apart harder than dates years apart', () => {
    const days = estimateDifficulty(
      dateChoice('Jan. 3, 2024', ['Jan. 2, 2024', 'Jan. 4, 2024', 'Jan. 15, 2024'])
    );
    const years = estimateDifficulty(dateChoice('2024', ['2020', '2018', '2014']));
    expect(days.score).toBeGreaterThan(years.score);
    expect(years.level).toBe('easy');
  });

  it('counts a wrong option worded like the key, not a word every option has', () => {
    const alike = estimateDifficulty(
      choiceOf('unnamed U.S. officials', ['unnamed Iranian officials', 'Hossein Salami', 'Islamic State'])
    );
    const unlike = estimateDifficulty(
      choiceOf('Paragraph 12', ['Paragraph 9', 'Paragraph 10', 'Paragraph 13'])
    );
    expect(alike.rule).toContain('wrong options worded like the key (unnamed Iranian officials) +1');
    expect(unlike.rule).toContain('wrong options unlike the key in wording +0');
  });
});

import { describe, expect, it } from 'vitest';
import { containsAnswer, normaliseAnswer } from './normalise-answer.ts';

describe('normaliseAnswer', () => {
  it('treats hyphens, spaces and case alike: ISIS-K, ISIS K, isis k', () => {
    expect(normaliseAnswer('ISIS-K')).toBe('isis k');
    expect(normaliseAnswer('ISIS K')).toBe(normaliseAnswer('ISIS-K'));
    expect(normaliseAnswer('  isis–k ')).toBe(normaliseAnswer('ISIS-K'));
  });

  it('drops articles, full stops in abbreviations and apostrophes, straight or curly', () => {
    expect(normaliseAnswer('the U.S.')).toBe('us');
    expect(normaliseAnswer('Iran’s mission to the United Nations')).toBe(
      normaliseAnswer("Iran's mission to United Nations")
    );
    expect(normaliseAnswer('A Taliban')).toBe('taliban');
  });

  it('drops accents and thousands separators but keeps the words that matter', () => {
    expect(normaliseAnswer('Café 1,000')).toBe('cafe 1000');
    expect(normaliseAnswer('Islamic State Khorasan')).not.toBe(normaliseAnswer('Islamic State'));
  });
});

describe('containsAnswer', () => {
  it('finds whole words only', () => {
    expect(containsAnswer('Who leads Iran?', 'iran')).toBe(true);
    expect(containsAnswer('Who leads Iranian forces?', 'Iran')).toBe(false);
    expect(containsAnswer('anything', '...')).toBe(false);
  });
});

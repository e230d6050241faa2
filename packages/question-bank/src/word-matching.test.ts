import { describe, expect, it } from 'vitest';
import { contentWords, foundByWords, wordMatcher } from './word-matching.ts';

const paragraphs = [
  'The Jan. 15 strike, fired from Khuzestan Province, was the longest missile strike in Iran.',
  'Iran fired missiles at targets in Syria.',
  'Iran said the attack came from abroad.',
  'Iran and the U.S. have long been foes.',
  'Officials in Iran declined to comment.',
  'Iran mourned the victims.'
];

describe('word matching', () => {
  it('keeps content words, drops function words, and reads a plural as its singular', () => {
    expect([...contentWords('Which of these operatives were based in Afghanistan in 2015?')]).toEqual([
      'operative',
      'based',
      'afghanistan',
      '2015'
    ]);
  });

  it('counts only the words that tell texts apart, not those most of them share', () => {
    const matcher = wordMatcher(paragraphs);
    // "Iran" is in every paragraph; "Khuzestan" and "longest" are in one.
    expect(matcher.shared('Iran fired from Khuzestan, its longest strike', paragraphs[0]!)).toBe(3);
    expect(matcher.shared('Iran', paragraphs[0]!)).toBe(0);
  });

  it('finds a key by its words when it shares two telling words more than any wrong text', () => {
    const matcher = wordMatcher(paragraphs);
    const question = 'The strike from Khuzestan Province was the longest.';
    expect(foundByWords(matcher, question, [paragraphs[0]!], paragraphs.slice(1, 4))).toBe(true);
    // A paraphrase shares the facts, not the words.
    const paraphrase = 'A launch from the southwest went farther than any before it.';
    expect(foundByWords(matcher, paraphrase, [paragraphs[0]!], paragraphs.slice(1, 4))).toBe(false);
  });
});

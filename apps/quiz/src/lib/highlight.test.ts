import { describe, expect, it } from 'vitest';
import { evidenceSearch, highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks the quote inside the paragraph', () => {
    expect(highlightSegments('The blasts killed dozens of people.', 'killed dozens')).toEqual([
      { text: 'The blasts ', marked: false },
      { text: 'killed dozens', marked: true },
      { text: ' of people.', marked: false }
    ]);
  });

  it('marks a quote that is the whole paragraph without empty segments', () => {
    expect(highlightSegments('WSJ', 'WSJ')).toEqual([{ text: 'WSJ', marked: true }]);
  });

  it('leaves the paragraph unmarked when the quote is not in it', () => {
    expect(highlightSegments('The blasts killed dozens.', 'wounded')).toEqual([
      { text: 'The blasts killed dozens.', marked: false }
    ]);
  });

  it('leaves the paragraph unmarked when no quote is asked for', () => {
    expect(highlightSegments('Text', null)).toEqual([{ text: 'Text', marked: false }]);
  });
});

describe('evidenceSearch', () => {
  it('names the paragraph and the quote as the reader reads them back', () => {
    const quote = 'a “duty to warn” & 84 + more: 100% (sic)?#';
    const address = new URL(
      `http://localhost/articles/kerman-2024${evidenceSearch({ paragraph: 'p19', quote })}`
    );
    expect(address.searchParams.get('evidence')).toBe('p19');
    expect(address.searchParams.get('quote')).toBe(quote);
    expect(address.hash).toBe('#p19');
  });
});

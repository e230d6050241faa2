import { describe, expect, it } from 'vitest';
import { sentenceAround } from './article-sentences.ts';

const paragraph =
  'ISIS-K first emerged in Afghanistan in 2015 after Islamic State militants declared a caliphate in Iraq and Syria. It was responsible for the bombing near the Kabul airport in August 2021 that killed 13 American troops and about 170 Afghan civilians as the U.S. military withdrew from Afghanistan.';

describe('sentenceAround', () => {
  it('gives the whole sentence a short quote stands in', () => {
    expect(sentenceAround(paragraph, 'about 170 Afghan civilians')).toBe(
      'It was responsible for the bombing near the Kabul airport in August 2021 that killed 13 American troops and about 170 Afghan civilians as the U.S. military withdrew from Afghanistan.'
    );
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = 'At a ceremony, Maj. Gen. Hossein Salami spoke. The U.S. military left.';
    expect(sentenceAround(text, 'Hossein Salami')).toBe('At a ceremony, Maj. Gen. Hossein Salami spoke.');
    expect(sentenceAround(text, 'military')).toBe('The U.S. military left.');
  });

  it('keeps a quote that runs over two sentences whole, and a quote the text lacks as it is', () => {
    expect(sentenceAround(paragraph, 'and Syria. It was')).toBe(paragraph);
    expect(sentenceAround(paragraph, 'nowhere')).toBe('nowhere');
  });
});

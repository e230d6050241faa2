import { describe, expect, it } from 'vitest';
import { kermanBank } from '../test-support.ts';

describe('stems in the article’s words', () => {
  it('asks which town, not which city, is Soleimani’s birthplace, and cites the paragraph that names it', () => {
    const question = kermanBank().questions.find((candidate) =>
      candidate.factIds.includes('rel-kerman-birthplace-of-soleimani')
    )!;
    expect(question.stem).toBe(
      'According to Alex Vatanka, which town is the birthplace of Qassem Soleimani?'
    );
    expect(question.evidence.map((item) => item.paragraph).sort()).toEqual(['p10', 'p39']);
  });

  it('asks a count in its own words where the fact base gives them', () => {
    const question = kermanBank().questions.find(
      (candidate) => candidate.type === 'numeric' && candidate.factIds.includes('bombings-pair')
    )!;
    expect(question.stem).toBe('How many coordinated suicide bombings hit Kerman, according to the article?');
  });
});

import { describe, expect, it } from 'vitest';
import { evidenceOf } from './generator-context.ts';

describe('evidenceOf', () => {
  it('cites a quote once, and not at all where a longer quote of its paragraph holds it', () => {
    const longer = {
      paragraph: 'p23',
      quote: 'greatly weakened by attacks from U.S. and Afghan government forces'
    };
    const inner = { paragraph: 'p23', quote: 'attacks from U.S. and Afghan government forces' };
    const elsewhere = { paragraph: 'p22', quote: 'attacks from U.S. and Afghan government forces' };
    const taliban = { paragraph: 'p23', quote: 'and by the Taliban themselves' };
    expect(
      evidenceOf([{ evidence: [inner, taliban] }, { evidence: [longer, elsewhere] }, { evidence: [taliban] }])
    ).toEqual([taliban, longer, elsewhere]);
  });
});

import type { Quantity } from '@newsquiz/facts';
import { describe, expect, it } from 'vitest';
import { feasibleInterval, overlaps, quantityInterval } from './quantity-interval.ts';

const count = (value: number, qualifier: Quantity['qualifier']) => ({ value, qualifier }) as Quantity;

describe('quantity intervals', () => {
  it('reads each qualifier as the numbers it allows', () => {
    expect(quantityInterval(count(84, 'exact'))).toEqual({ min: 84, max: 84 });
    expect(quantityInterval(count(170, 'about'))).toEqual({ min: 153, max: 187 });
    expect(quantityInterval(count(80, 'more-than'))).toEqual({ min: 81, max: Infinity });
  });

  it('narrows several wordings of one count to what they allow together', () => {
    const killed = [count(80, 'more-than'), count(84, 'exact'), count(24, 'dozens')];
    expect(feasibleInterval(killed)).toEqual({ min: 84, max: 84 });
    expect(overlaps(quantityInterval(count(80, 'more-than')), feasibleInterval(killed)!)).toBe(true);
    expect(overlaps(quantityInterval(count(90, 'exact')), feasibleInterval(killed)!)).toBe(false);
  });

  it('leaves nothing when the wordings contradict each other', () => {
    expect(feasibleInterval([count(10, 'exact'), count(12, 'exact')])).toBeUndefined();
  });
});

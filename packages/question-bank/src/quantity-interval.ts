import type { Quantity } from '@newsquiz/facts';

/** The whole numbers a wording allows, both ends included. */
export type Interval = { min: number; max: number };

export function quantityInterval(quantity: Pick<Quantity, 'value' | 'qualifier'>): Interval {
  const { value } = quantity;
  switch (quantity.qualifier) {
    case 'exact':
      return { min: value, max: value };
    case 'about':
      return aboutInterval(value);
    case 'more-than':
      return { min: Math.floor(value) + 1, max: Infinity };
    case 'dozens':
      return { min: 24, max: 199 };
    case 'hundreds':
      return { min: 200, max: 999 };
    case 'multiple':
      return { min: 2, max: Infinity };
  }
}

/** "about 170" allows 10% either way. */
export function aboutInterval(value: number): Interval {
  const spread = Math.max(1, Math.round(value * 0.1));
  return { min: value - spread, max: value + spread };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.min <= b.max && b.min <= a.max;
}

/**
 * What all the article's wordings of one count allow together: "more than 80" and "84" leave 84.
 * Wordings that contradict each other leave nothing, and then each is taken at its word.
 */
export function feasibleInterval(quantities: readonly Quantity[]): Interval | undefined {
  let result: Interval = { min: -Infinity, max: Infinity };
  for (const quantity of quantities) {
    const next = quantityInterval(quantity);
    result = { min: Math.max(result.min, next.min), max: Math.min(result.max, next.max) };
  }
  return result.min <= result.max ? result : undefined;
}

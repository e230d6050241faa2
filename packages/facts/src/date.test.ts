import { describe, expect, it } from 'vitest';
import { datePrecision, isIsoDate } from './schema/date.ts';

describe('isIsoDate', () => {
  it.each(['2024', '2023-10', '2024-01-03', '2024-02-29'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2023-02-29', '2024-13', '2024-00', '2024-01-32', '2024-1-3', 'Jan. 3, 2024', '24', ''])(
    'rejects %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    }
  );
});

describe('datePrecision', () => {
  it('reads the precision off the form of the date', () => {
    expect([datePrecision('2015'), datePrecision('2023-10'), datePrecision('2024-01-03')]).toEqual([
      'year',
      'month',
      'day'
    ]);
  });
});

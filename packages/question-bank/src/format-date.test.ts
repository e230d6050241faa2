import { describe, expect, it } from 'vitest';
import { dateSpan, daysBetween, formatIsoDate, shiftIsoDate } from './format-date.ts';

describe('dates', () => {
  it('formats in the newspaper style at the precision given', () => {
    expect(formatIsoDate('2024-01-03')).toBe('Jan. 3, 2024');
    expect(formatIsoDate('2021-09-11')).toBe('Sept. 11, 2021');
    expect(formatIsoDate('2020-01')).toBe('January 2020');
    expect(formatIsoDate('2015')).toBe('2015');
  });

  it('shifts by days, months or years across boundaries', () => {
    expect(shiftIsoDate('2024-01-03', -4)).toBe('2023-12-30');
    expect(shiftIsoDate('2020-01', -1)).toBe('2019-12');
    expect(shiftIsoDate('2015', 3)).toBe('2018');
  });

  it('spans a month or year and counts days', () => {
    expect(dateSpan({ value: '2024-02' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan({ value: '2015' })).toEqual({ first: '2015-01-01', last: '2015-12-31' });
    expect(daysBetween('2024-01-03', '2024-01-15')).toBe(12);
  });
});

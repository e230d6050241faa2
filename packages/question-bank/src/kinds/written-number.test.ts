import { describe, expect, test } from 'vitest';
import { parseWrittenNumber } from './written-number.ts';

describe('parseWrittenNumber', () => {
  test('reads digits with thousands grouped by commas or spaces, signs and decimals', () => {
    expect(parseWrittenNumber(' 1,200 ')).toBe(1200);
    expect(parseWrittenNumber('12 000')).toBe(12000);
    expect(parseWrittenNumber('1\u202f000\u202f000')).toBe(1000000);
    expect(parseWrittenNumber('84')).toBe(84);
    expect(parseWrittenNumber('-3')).toBe(-3);
    expect(parseWrittenNumber('−3')).toBe(-3);
    expect(parseWrittenNumber('2.5')).toBe(2.5);
    expect(parseWrittenNumber('.5')).toBe(0.5);
    expect(parseWrittenNumber('1,234.5')).toBe(1234.5);
  });

  test('refuses a comma or space that does not group three digits, so 1,3 is not 13', () => {
    for (const text of ['1,3', '13,00', '1,2345', '1 23', '1,200 000', ',500', '1.2.3']) {
      expect(parseWrittenNumber(text), text).toBeUndefined();
    }
  });

  test('refuses what is not a number in digits', () => {
    for (const text of ['', ' ', 'eighty', '1e3', '0x10', 'Infinity', '-', '.', '12 people']) {
      expect(parseWrittenNumber(text), text).toBeUndefined();
    }
  });
});

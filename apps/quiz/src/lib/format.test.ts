import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatPercent, listNames } from './format';

describe('formatDate', () => {
  it('writes a full date in words', () => {
    expect(formatDate('2024-01-25')).toBe('January 25, 2024');
  });

  it('keeps a month-precision date to its month', () => {
    expect(formatDate('2023-10')).toBe('October 2023');
  });

  it('leaves a year alone', () => {
    expect(formatDate('2015')).toBe('2015');
  });
});

describe('listNames', () => {
  it('joins three names with commas and "and"', () => {
    expect(listNames(['Michael R. Gordon', 'Vivian Salama', 'Warren P. Strobel'])).toBe(
      'Michael R. Gordon, Vivian Salama and Warren P. Strobel'
    );
  });

  it('returns one name as it is', () => {
    expect(listNames(['Benoit Faucon'])).toBe('Benoit Faucon');
  });
});

describe('formatPercent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(formatPercent(2 / 3)).toBe('67%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('formatDuration', () => {
  it('gives seconds alone under a minute', () => {
    expect(formatDuration(45)).toBe('45 s');
  });

  it('pads the seconds after whole minutes', () => {
    expect(formatDuration(245)).toBe('4 min 05 s');
  });
});

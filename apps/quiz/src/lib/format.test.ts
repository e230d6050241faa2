import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatPercent, formatTimeLeft, listNames } from './format';

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

describe('formatTimeLeft', () => {
  it('says the minutes left, rounded down, with no clock time', () => {
    expect(formatTimeLeft(12 * 60 + 59)).toBe('About 12 minutes left when this page loaded.');
    expect(formatTimeLeft(60)).toBe('About 1 minute left when this page loaded.');
  });

  it('says hours and minutes for a long quiz', () => {
    expect(formatTimeLeft(3600)).toBe('About 1 hour left when this page loaded.');
    expect(formatTimeLeft(2 * 3600 + 5 * 60)).toBe('About 2 hours 5 minutes left when this page loaded.');
  });

  it('says less than a minute, then none', () => {
    expect(formatTimeLeft(59)).toBe('Less than a minute was left when this page loaded.');
    expect(formatTimeLeft(0)).toBe('No time was left when this page loaded.');
  });
});

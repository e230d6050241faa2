import { describe, expect, it } from 'vitest';
import { bankPage, bankPageSize, BankFilter, filterBank } from './bank-filter';
import { getBank } from './bank';

const bank = getBank('kerman-2024');

describe('BankFilter', () => {
  it('drops values that make no sense instead of failing the page', () => {
    expect(BankFilter.parse({ type: 'essay', skill: 'recall', page: 'x' })).toEqual({
      type: undefined,
      skill: 'recall',
      page: 1
    });
  });
});

describe('filterBank', () => {
  it('keeps only questions of every chosen kind', () => {
    const matches = filterBank(bank, BankFilter.parse({ type: 'single-choice', skill: 'sourcing' }));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((q) => q.type === 'single-choice' && q.skill === 'sourcing')).toBe(true);
    expect(matches.length).toBeLessThan(bank.filter((q) => q.type === 'single-choice').length);
  });

  it('searches words in what a student sees, whatever their case', () => {
    const matches = filterBank(bank, BankFilter.parse({ q: 'KERMAN' }));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThan(bank.length);
  });
});

describe('bankPage', () => {
  it('splits the matches into pages and clamps a page past the end', () => {
    const first = bankPage(bank, 1);
    expect(first.questions).toHaveLength(bankPageSize);
    expect(first.pageCount).toBe(Math.ceil(bank.length / bankPageSize));
    const last = bankPage(bank, 999);
    expect(last.page).toBe(first.pageCount);
    expect(last.questions.at(-1)).toBe(bank.at(-1));
    expect(bankPage([], 3)).toEqual({ page: 1, pageCount: 1, questions: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { findBankQuestion, getBank } from './bank';

describe('the bank a teacher browses', () => {
  it('holds true/false forms when asked for them, though the whole bank asks those facts otherwise', () => {
    expect(getBank('kerman-2024').some((question) => question.type === 'true-false')).toBe(false);
    const trueFalse = getBank('kerman-2024', 'true-false');
    expect(trueFalse.length).toBeGreaterThan(0);
    expect(trueFalse.every((question) => question.type === 'true-false')).toBe(true);
  });

  it('finds a question by id in any form, and nothing for an id it never made', () => {
    const [first] = getBank('kerman-2024', 'true-false');
    expect(findBankQuestion('kerman-2024', first!.id)).toEqual(first);
    expect(findBankQuestion('kerman-2024', 'q-0000000000000000')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { findBankQuestion, getBank, pickedBankQuestions } from './bank';

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

describe('picking many questions of the bank at once', () => {
  const [a, b, c] = getBank('kerman-2024');

  it('gives each ticked question once, in the order ticked, leaving out those in the quiz', () => {
    const picked = pickedBankQuestions('kerman-2024', [c!.id, a!.id, c!.id, b!.id], new Set([a!.id]));
    expect(picked.ok && picked.questions.map((question) => question.id)).toEqual([c!.id, b!.id]);
  });

  it('refuses nothing ticked, an id the bank never made, or only questions already in the quiz', () => {
    expect(pickedBankQuestions('kerman-2024', [], new Set())).toEqual({
      ok: false,
      message: 'Tick at least one question to add.'
    });
    expect(pickedBankQuestions('kerman-2024', [a!.id, 'q-0000000000000000'], new Set())).toEqual({
      ok: false,
      message: 'A question ticked is not in the bank.'
    });
    expect(pickedBankQuestions('kerman-2024', [a!.id], new Set([a!.id]))).toEqual({
      ok: false,
      message: 'Every question ticked is already in this quiz.'
    });
  });
});

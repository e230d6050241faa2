import { describe, expect, it } from 'vitest';
import { BankReview, ItemReview } from './review-file.ts';

const item = { id: 'q-0123456789abcdef', stem: 'Why did the U.S. warn Iran?' };

describe('the review file', () => {
  it('takes a sound item without flaws and a flawed one that names them', () => {
    expect(ItemReview.safeParse({ ...item, verdict: 'sound' }).success).toBe(true);
    expect(
      ItemReview.safeParse({ ...item, verdict: 'flawed', flaws: ['wording'], note: 'Awkward.' }).success
    ).toBe(true);
  });

  it('refuses a verdict that contradicts its flaws, naming the field', () => {
    const cases = [
      [{ ...item, verdict: 'sound', flaws: ['trivial'] }, 'flaws'],
      [{ ...item, verdict: 'unusable', flaws: [] }, 'flaws'],
      [{ ...item, verdict: 'flawed', flaws: ['wrong-key'] }, 'verdict']
    ] as const;
    for (const [input, field] of cases) {
      const result = ItemReview.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
  });

  it('refuses an id that is not a content hash and a flaw it does not know', () => {
    expect(
      BankReview.safeParse({ article: 'a', seed: 1, items: [{ ...item, id: 'q-1', verdict: 'sound' }] })
        .success
    ).toBe(false);
    expect(ItemReview.safeParse({ ...item, verdict: 'flawed', flaws: ['boring'] }).success).toBe(false);
  });
});

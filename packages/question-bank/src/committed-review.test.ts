import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportBank } from './bank-review.ts';
import { reviewPath } from './package-paths.ts';
import { BankReview } from './review-file.ts';
import { kermanBank, kermanFacts } from './test-support.ts';

// The default bank, read item by item by an editor: a changed item has a new id and needs a new verdict.
const review = BankReview.parse(JSON.parse(readFileSync(reviewPath('kerman-2024'), 'utf8')));

describe('the committed review of the default bank', () => {
  it('has a verdict on every item the bank holds, and none on an item it no longer holds', () => {
    const report = reportBank(kermanBank(1), kermanFacts(), review);
    expect(report.unreviewed.map((question) => `${question.id} ${question.stem}`)).toEqual([]);
    expect(report.stale.map((item) => item.id)).toEqual([]);
  });

  it('finds no unusable item: no wrong key, no two defensible answers, no false premise', () => {
    const report = reportBank(kermanBank(1), kermanFacts(), review);
    expect(report.verdicts.unusable).toBe(0);
  });
});

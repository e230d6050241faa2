import { describe, expect, it } from 'vitest';
import { formatBankReport, reportBank } from './bank-review.ts';
import type { BankReview } from './review-file.ts';
import { kermanBank, kermanFacts } from './test-support.ts';

const bank = kermanBank(1);
const [first, second, third] = bank.questions;

function reviewOf(items: BankReview['items']): BankReview {
  return { article: 'kerman-2024', seed: 1, items };
}

describe('the review of a bank', () => {
  it('counts distinct questions, levels of thinking and the key ideas asked', () => {
    const report = reportBank(bank, kermanFacts(), undefined);
    expect(report.total).toBe(bank.questions.length);
    expect(Object.values(report.byLevel).reduce((sum, count) => sum + count, 0)).toBe(report.total);
    expect(report.beyondRecall).toBe(report.total - report.byLevel.remember);
    expect(report.ideas).toEqual({
      asked: kermanFacts().ideas.length,
      total: kermanFacts().ideas.length,
      unasked: []
    });
    expect(report.flagged).toEqual([]);
  });

  it('tallies verdicts of the items the bank holds, and lists the rest as needing one', () => {
    const report = reportBank(
      bank,
      kermanFacts(),
      reviewOf([
        { id: first!.id, stem: first!.stem, verdict: 'sound', flaws: [] },
        { id: second!.id, stem: second!.stem, verdict: 'flawed', flaws: ['wording', 'trivial'] },
        { id: 'q-0000000000000000', stem: 'An item since changed', verdict: 'unusable', flaws: ['wrong-key'] }
      ])
    );
    expect(report.verdicts).toEqual({ sound: 1, flawed: 1, unusable: 0 });
    expect(report.flaws).toEqual({ trivial: 1, wording: 1 });
    expect(report.unreviewed.map((question) => question.id)).toContain(third!.id);
    expect(report.unreviewed).toHaveLength(bank.questions.length - 2);
    expect(report.stale.map((item) => item.id)).toEqual(['q-0000000000000000']);
    const text = formatBankReport(report);
    expect(text).toContain(
      `reviewed      2 of ${bank.questions.length}: sound 1 (50.0%), flawed 1, unusable 0\n`
    );
    expect(text).toContain(`  ${third!.id} ${third!.stem.slice(0, 90)}\n`);
  });

  it('flags an item the gates refuse', () => {
    const choice = bank.questions.find((question) => question.type === 'single-choice')!;
    const broken = { ...bank, questions: [{ ...choice, key: 'zz' }] };
    // Other gates may flag the broken item too (every option now false may be true); this one must.
    expect(reportBank(broken, kermanFacts(), undefined).flagged).toContain(
      `${choice.id}: key: the key names option "zz", which the question does not have`
    );
  });
});

import { describe, expect, it } from 'vitest';
import { uncitedExplanation } from './uncited-explanation.ts';
import { kermanBank } from './test-support.ts';

const evidence = [{ paragraph: 'p19', quote: 'killed 84 Iranians' }];

describe('uncitedExplanation', () => {
  it('leaves out the citation that ends a generated explanation, and nothing else', () => {
    // Every generated explanation that ends with a citation: the timeline's cite their second quote.
    expect(
      kermanBank().questions.filter(
        (question) =>
          /The article says \(paragraph \d+\): “[^”]*”\.?$/.test(question.explanation) &&
          uncitedExplanation(question) === question.explanation
      )
    ).toEqual([]);
    const cited = kermanBank().questions.filter(
      (question) => uncitedExplanation(question) !== question.explanation
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const question of cited) {
      const reason = uncitedExplanation(question);
      const left = question.explanation.slice(reason.length);
      expect(question.explanation.startsWith(reason)).toBe(true);
      // What is left out is the citation of one quote that the page shows next.
      const quoted = question.evidence.filter(
        ({ paragraph, quote }) =>
          left.startsWith(` The article says (paragraph ${paragraph.slice(1)}): “`) &&
          left.includes(quote.slice(0, 20))
      );
      expect(quoted).not.toEqual([]);
      expect(reason).toMatch(/[.!?”’]$/);
      expect(reason).not.toContain('The article says (paragraph');
    }
  });

  it('keeps a teacher’s explanation whole, even one that quotes the evidence', () => {
    const explanation = 'The bombings killed 84 people, as paragraph 19 says: “killed 84 Iranians”.';
    expect(uncitedExplanation({ explanation, evidence })).toBe(explanation);
  });

  it('keeps an explanation that is nothing but the citation', () => {
    const explanation = 'The article says (paragraph 19): “killed 84 Iranians”.';
    expect(uncitedExplanation({ explanation, evidence })).toBe(explanation);
    expect(uncitedExplanation({ explanation: ` ${explanation}`, evidence })).toBe(` ${explanation}`);
  });

  it('keeps an explanation whole when the question cites nothing', () => {
    expect(uncitedExplanation({ explanation: 'Paragraph 19 gives the number.', evidence: [] })).toBe(
      'Paragraph 19 gives the number.'
    );
  });
});

import { describe, expect, it } from 'vitest';
import { kermanBank } from '../test-support.ts';
import { quote, quotedSentence } from './generator-context.ts';

describe('quotations in stems and explanations', () => {
  it('mark words quoted inside with single marks and keep one stop at the end', () => {
    expect(quote('“With Iran, it gets gray,” said London.')).toBe('“‘With Iran, it gets gray,’ said London”');
    expect(quote('attack in the birthplace of Soleimani,')).toBe('“attack in the birthplace of Soleimani”');
    expect(quotedSentence('We do not want to see innocent lives lost.')).toBe(
      '“We do not want to see innocent lives lost.”'
    );
    // Words that stop short of the article's full stop get one outside, so the quotation stays verbatim.
    expect(quotedSentence('The confidential alert came after the U.S. acquired intelligence')).toBe(
      '“The confidential alert came after the U.S. acquired intelligence”.'
    );
    expect(quotedSentence('has disappeared nowadays,')).toBe('“has disappeared nowadays”.');
  });

  it('leave no doubled marks or stops, and no sentence starting in lower case, in banks of any seed, cloze passages too', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      for (const question of kermanBank(seed).questions) {
        const passage = question.type === 'cloze' ? question.passage : '';
        const text = `${question.stem} ${passage} ${question.explanation}`;
        expect(text, question.id).not.toMatch(/\.”\.|““|””|[,;]”[?.]/);
        expect(question.explanation, question.id).toMatch(/^[^a-z]/);
      }
    }
  });
});

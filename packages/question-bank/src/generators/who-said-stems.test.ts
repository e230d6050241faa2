import { describe, expect, it } from 'vitest';
import { indexFacts } from '../fact-index.ts';
import { seededRandom } from '../random.ts';
import { kermanFacts } from '../test-support.ts';
import { sourcingGenerators } from './sourcing-questions.ts';

const stems = sourcingGenerators['sourcing-who-said-it']!({
  index: indexFacts(kermanFacts()),
  random: seededRandom(1, 'sourcing-who-said-it'),
  variants: 2
}).map((draft) => draft.stem);

describe('who said a quotation', () => {
  it('says what a quoted fragment is said of, in the article’s words before the quotation marks', () => {
    expect(stems).toContain(
      'According to the article, who said that Islamic State “has disappeared nowadays”?'
    );
    expect(stems).toContain(
      'According to the article, who said that the jihadists “only act as mercenaries”?'
    );
  });

  it('never quotes a fragment with no subject', () => {
    expect(stems.filter((stem) => /who said: “[a-z]/.test(stem))).toEqual([]);
  });
});

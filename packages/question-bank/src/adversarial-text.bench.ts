import { bench, describe } from 'vitest';
import { giftMetaPrefix } from './exporters/export-gift.ts';
import { importGift } from './exporters/import-gift.ts';
import { emphasiseNegation, unemphasisedNegation } from './gates/option-rules.ts';
import { maxGiftQuestions } from './text-limits.ts';

// Each routine on 10, 100 and 200 KB of the text that made it quadratic: time per KB is a bench's mean
// over its size, and stays about the same from 10 to 200 KB while the routine is linear.
const sizes = [10, 100, 200];
const kb = 1024;

const meta = `${giftMetaPrefix}${JSON.stringify({ evidence: [{ paragraph: 'p19', quote: 'killed 84 Iranians' }] })}`;
/** Questions that pass every gate and cap, about 410 characters each: 200 KB holds nearly the most. */
function validQuestions(size: number): string {
  const feedback = 'The article says the two bombings killed 84 Iranians in Kerman. '.repeat(4);
  const question = (index: number) =>
    `${meta}\nHow many Iranians did the bombing kill, question ${index}? {=84 ~70 ~95 ~103 ####${feedback}}\n\n`;
  const count = Math.min(maxGiftQuestions, Math.floor((size * kb) / question(maxGiftQuestions).length));
  return Array.from({ length: count }, (_, index) => question(index)).join('');
}

const texts = (size: number) => ({
  spaces: `Q${' '.repeat(size * kb - 6)}x {T}`,
  word: `Q${'a'.repeat(size * kb - 5)} {T}`,
  questions: validQuestions(size),
  quotes: '“'.repeat(size * kb),
  contractions: "n't".repeat((size * kb) / 3)
});

for (const size of sizes) {
  const text = texts(size);
  describe(`${size} KB`, () => {
    bench(`importGift, one stem of spaces (${size} KB)`, () => {
      importGift(text.spaces);
    });
    bench(`importGift, one stem of one word (${size} KB)`, () => {
      importGift(text.word);
    });
    bench(`importGift, questions that pass (${size} KB)`, () => {
      importGift(text.questions);
    });
    bench(`unemphasisedNegation, one word (${size} KB)`, () => {
      unemphasisedNegation(text.word);
    });
    bench(`unemphasisedNegation, unclosed quotes (${size} KB)`, () => {
      unemphasisedNegation(text.quotes);
    });
    bench(`emphasiseNegation, n't over and over (${size} KB)`, () => {
      emphasiseNegation(text.contractions);
    });
  });
}

import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../grade-response.ts';
import type { Response } from '../response.ts';
import { generateBank } from '../generate-bank.ts';
import { kermanFacts } from '../test-support.ts';

const typedAnswer = (type: 'short-answer' | 'cloze', text: string): Response =>
  type === 'cloze' ? { type, text } : { type, text };

// Shiite Muslims are no longer asked in a typed answer: the sentence that names them says they are most
// of Iran, so its cloze blanks "apostates" instead.
describe('typed answers in the forms people write', () => {
  it.each([
    ['American troops', 'U.S. troops'],
    ['Afghan government forces', 'Afghan forces'],
    ['Afghan government forces', 'Afghan government'],
    ['Afghan government forces', 'Afghan army'],
    ['Afghan government forces', "Afghan government's forces"],
    ['Afghan government forces', 'Afghan soldiers'],
    ['U.S. military', 'U.S. soldiers'],
    ['a team of Tajik operatives', 'a team of Tajik militants'],
    ['a team of Tajik operatives', 'Tajik fighters'],
    ['a team of Tajik operatives', 'a group of Tajiks'],
    ['U.S. military', 'U.S. military forces'],
    ['Yemen’s Houthis', 'Yemeni Houthis'],
    ['Yemen’s Houthis', "Yemen's Houthi rebels"],
    ['Revolutionary Guard', 'Iranian Revolutionary Guards'],
    ['Revolutionary Guard', 'Islamic Revolutionary Guard'],
    ['Quds force', 'the Quds force'],
    ['Quds force', "Revolutionary Guard's Quds force"],
    ['Quds force', 'IRGC Quds Force']
  ])('takes the common form where the article writes "%s": "%s"', (name, common) => {
    // Typed forms only: in the whole bank a count or a choice may ask the same fact instead.
    const { questions } = generateBank(kermanFacts(), { seed: 1, types: ['short-answer', 'cloze'] });
    const asks = questions.flatMap((question) =>
      (question.type === 'short-answer' || question.type === 'cloze') && question.key.includes(name)
        ? [question]
        : []
    );
    expect(asks.length).toBeGreaterThan(0);
    for (const question of asks) {
      const grade = gradeResponse(question, typedAnswer(question.type, common), 1);
      expect(grade.ok && grade.correct, question.stem).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../grade-response.ts';
import type { Response } from '../response.ts';
import { generateBank } from '../generate-bank.ts';
import { kermanFacts } from '../test-support.ts';

const typedAnswer = (type: 'short-answer' | 'cloze', text: string): Response =>
  type === 'cloze' ? { type, text } : { type, text };

describe('typed answers in the forms people write', () => {
  it('takes "Shia" and "U.S. troops" where the article writes "Shiite Muslims" and "American troops"', () => {
    // Typed forms only: in the whole bank the counts of the Kabul toll ask the troops' blank already.
    const bank = generateBank(kermanFacts(), { seed: 1, types: ['short-answer', 'cloze'] });
    const typed = bank.questions.flatMap((question) =>
      question.type === 'short-answer' || question.type === 'cloze' ? [question] : []
    );
    const asks = (name: string) => typed.filter((question) => question.key.includes(name));
    expect(asks('Shiite Muslims').length).toBeGreaterThan(0);
    expect(asks('American troops').length).toBeGreaterThan(0);
    for (const question of asks('Shiite Muslims')) {
      const grade = gradeResponse(question, typedAnswer(question.type, 'Shia'), 1);
      expect(grade.ok && grade.correct, question.stem).toBe(true);
    }
    for (const question of asks('American troops')) {
      const grade = gradeResponse(question, typedAnswer(question.type, 'U.S. troops'), 1);
      expect(grade.ok && grade.correct, question.stem).toBe(true);
    }
  });
});

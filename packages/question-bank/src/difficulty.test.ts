import { describe, expect, it } from 'vitest';
import { kermanBank } from './test-support.ts';

const kermanYear = () =>
  kermanBank(1).questions.find(
    (question) =>
      question.type === 'numeric' &&
      /in what year did this event take place\? Event: ISIS-K emerges in Afghanistan\./.test(question.stem)
  );

describe('difficulty estimate', () => {
  it('calls the year ISIS-K emerged, worded in one quote, easy', () => {
    expect(kermanYear()?.difficulty.level).toBe('easy');
  });

  it('names every signal and its points in the rule', () => {
    const { rule, score } = kermanYear()!.difficulty;
    expect(rule).toBe(
      `response: production +1; options: no wrong options to compare +0; evidence: answer worded in p22 +0; skill: chronology +0 = ${score}: easy (easy 0-1, medium 2, hard 3+)`
    );
  });
});

import type { AttemptQuestion, Response as StoredAnswer, SetSettings } from '@newsquiz/db';
import { generateBank, type Question } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { questionView, showsFeedback } from './attempt-view';
import { practiceSettings } from './quiz-draw';

const [question] = generateBank(getFactBase(), { seed: 5, count: 1, types: ['single-choice'] }).questions as [
  Question & { type: 'single-choice' }
];

const row: AttemptQuestion = {
  attemptId: '00000000-0000-4000-8000-000000000000',
  questionId: question.id,
  position: 2,
  setQuestionId: null,
  snapshot: question as unknown as AttemptQuestion['snapshot'],
  maxPoints: 1
};
const wrongChoice = question.options.find((option) => option.id !== question.key)!;
const answer: StoredAnswer = {
  attemptId: row.attemptId,
  questionId: question.id,
  response: { type: 'single-choice', choice: wrongChoice.id },
  correct: false,
  points: 0,
  answeredAt: new Date()
};

describe('what a student sees of a question', () => {
  test('before it is answered: no key, no explanation, no evidence', () => {
    const view = questionView(row, undefined, { feedbackNow: true, submitted: false });
    expect(view.number).toBe(3);
    expect(view.feedback).toBeNull();
    const sent = JSON.stringify(view);
    expect(sent).not.toContain(question.explanation);
    expect(sent).not.toContain('"key"');
    for (const { quote } of question.evidence) expect(sent).not.toContain(quote);
  });

  test('once answered with immediate feedback: the verdict, both answers, the explanation and the evidence', () => {
    const view = questionView(row, answer, { feedbackNow: true, submitted: false });
    expect(view.feedback).toEqual({
      correct: false,
      score: 0,
      yourAnswer: [wrongChoice.text],
      correctAnswer: [question.options.find((option) => option.id === question.key)!.text],
      explanation: question.explanation,
      evidence: question.evidence
    });
  });

  test('with feedback at the end, an answer reveals nothing until the attempt is handed in', () => {
    const endOnly: SetSettings = { ...practiceSettings, feedback: 'end' };
    expect(showsFeedback(endOnly, false)).toBe(false);
    expect(questionView(row, answer, { feedbackNow: false, submitted: false }).feedback).toBeNull();
    expect(showsFeedback(endOnly, true)).toBe(true);
    const unanswered = questionView(row, undefined, { feedbackNow: true, submitted: true });
    expect(unanswered.feedback).toMatchObject({
      correct: false,
      yourAnswer: [],
      explanation: question.explanation
    });
  });

  test('with feedback never, not even a handed-in attempt shows the answers', () => {
    expect(showsFeedback({ ...practiceSettings, feedback: 'never' }, true)).toBe(false);
  });
});

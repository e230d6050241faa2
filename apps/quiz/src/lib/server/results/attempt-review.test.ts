import type { AttemptView } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { attemptReview } from './attempt-review';
import { placeOptions, questionFields } from './test-questions';

const at = new Date('2024-01-25T09:00:00.000Z');
const row = (position: number, snapshot: Record<string, unknown>, maxPoints = 1) => ({
  attemptId: 'a',
  questionId: String(snapshot.id),
  position,
  setQuestionId: null,
  snapshot: snapshot as never,
  maxPoints
});
const answer = (questionId: string, response: unknown, correct: boolean, points: number) => ({
  attemptId: 'a',
  questionId,
  response: response as never,
  correct,
  points,
  answeredAt: at
});

const choice = { ...questionFields, type: 'single-choice', options: placeOptions, key: 'a' };
const typed = { ...questionFields, id: 'q-1111111111111111', type: 'short-answer', key: ['Kerman'] };
const blank = {
  ...questionFields,
  id: 'q-2222222222222222',
  type: 'cloze',
  passage: 'It happened in {{blank}}.',
  key: ['Kerman']
};
const order = {
  ...questionFields,
  id: 'q-3333333333333333',
  type: 'ordering',
  options: placeOptions,
  key: ['a', 'b', 'c']
};

const attempt = (responses: ReturnType<typeof answer>[]): AttemptView =>
  ({
    id: 'a',
    setId: 's',
    studentName: 'Parisa',
    score: 1.5,
    maxScore: 4,
    startedAt: at,
    submittedAt: at,
    settings: { feedback: 'never' },
    questions: [row(0, choice), row(1, typed), row(2, blank), row(3, order)],
    responses,
    expired: false
  }) as unknown as AttemptView;

describe('attemptReview', () => {
  test('shows each question in the student’s order with their answer, the key and the mark, whatever the feedback setting', () => {
    const review = attemptReview(
      attempt([
        answer(choice.id, { type: 'single-choice', choice: 'b' }, false, 0),
        answer(typed.id, { type: 'short-answer', text: 'Kermaan' }, false, 0),
        answer(order.id, { type: 'ordering', order: ['a', 'c', 'b'] }, false, 0.5)
      ])
    );
    expect(
      review.questions.map((q) => [q.number, q.answer, q.correctAnswer, q.outcome, q.points, q.acceptable])
    ).toEqual([
      [1, ['Tehran'], ['Kerman'], 'wrong', 0, null],
      [2, ['Kermaan'], ['Kerman'], 'wrong', 0, 'Kermaan'],
      [3, [], ['Kerman'], 'not answered', 0, null],
      [
        4,
        ['1. Kerman', '2. Qom', '3. Tehran'],
        ['1. Kerman', '2. Tehran', '3. Qom'],
        'partly right',
        0.5,
        null
      ]
    ]);
    expect(review.questions[2]!.passage).toBe('It happened in {{blank}}.');
  });

  test('offers a typed answer for accepting only when it was marked wrong and has letters or digits', () => {
    const review = attemptReview(
      attempt([
        answer(typed.id, { type: 'short-answer', text: 'kerman' }, true, 1),
        answer(blank.id, { type: 'cloze', text: '?!' }, false, 0)
      ])
    );
    expect(review.questions.map((q) => [q.outcome, q.acceptable])).toEqual([
      ['not answered', null],
      ['right', null],
      ['wrong', null],
      ['not answered', null]
    ]);
  });
});

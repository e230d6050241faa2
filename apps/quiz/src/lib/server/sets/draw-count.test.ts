import type { SetQuestion } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { drawCountProblem } from './draw-count';

const row = (questionId: string, position: number): SetQuestion => ({
  id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  setId: '00000000-0000-4000-8000-000000000000',
  position,
  sourceQuestionId: questionId,
  snapshot: { id: questionId } as unknown as SetQuestion['snapshot'],
  grounded: true,
  createdAt: new Date(0),
  retiredAt: null
});
const three = [row('q-a', 0), row('q-b', 1), row('q-c', 2)];

describe('the draw count of a set', () => {
  test('may be empty or up to the number of questions in the set', () => {
    expect(drawCountProblem(null, three)).toBeNull();
    expect(drawCountProblem(3, three)).toBeNull();
    expect(drawCountProblem(1, three)).toBeNull();
  });

  test('past the questions in the set is refused with the number the set holds', () => {
    expect(drawCountProblem(4, three)).toBe(
      'The quiz has 3 questions: draw at most 3, or leave this empty to ask them all.'
    );
    // A question in the set twice is asked once, so it counts once.
    expect(drawCountProblem(3, [row('q-a', 0), row('q-a', 1)])).toBe(
      'The quiz has 1 question: draw at most 1, or leave this empty to ask them all.'
    );
    expect(drawCountProblem(1, [])).toBe(
      'The quiz has no questions yet: leave this empty, or add questions first.'
    );
  });
});

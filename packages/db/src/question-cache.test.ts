import { describe, expect, test } from 'vitest';
import type { AttemptQuestionRow } from './attempts.ts';
import { QuestionCache } from './question-cache.ts';

/** `count` rows of an attempt, with the snapshots of `read` positions only. */
const rows = (count: number, read: number[]): AttemptQuestionRow[] =>
  Array.from({ length: count }, (_, position) => ({
    attemptId: 'a',
    questionId: `q-${position}`,
    position,
    setQuestionId: null,
    maxPoints: 1,
    snapshot: read.includes(position) ? { id: `q-${position}`, options: [{ id: 'a' }] } : null
  }));

describe('question cache', () => {
  test('gives what is held only when it has the snapshot of every position asked for, at the version read', () => {
    const cache = new QuestionCache(100);
    cache.store('a1', '7,7,7', rows(3, [1]));
    const one = cache.lookup('a1', 1)!;
    expect(one.snapshots.get(1)).toEqual({ id: 'q-1', options: [{ id: 'a' }] });
    expect(one.rows.map((row) => row.questionId)).toEqual(['q-0', 'q-1', 'q-2']);
    expect(one.rows[0]).not.toHaveProperty('snapshot');
    expect(cache.lookup('a1', 0)).toBeUndefined();
    expect(cache.lookup('a1', 'all')).toBeUndefined();
    cache.store('a1', '7,7,7', rows(3, [0, 2]));
    expect(cache.lookup('a1', 'all')?.snapshots.size).toBe(3);
    expect(cache.lookup('a2', 0)).toBeUndefined();
  });

  test('a new version replaces what was held at the old one', () => {
    const cache = new QuestionCache(100);
    cache.store('a1', '7,7', rows(2, [0, 1]));
    cache.store('a1', '7,9', rows(2, [1]));
    expect(cache.lookup('a1', 'all')).toBeUndefined();
    expect(cache.lookup('a1', 0)).toBeUndefined();
    expect(cache.lookup('a1', 1)?.version).toBe('7,9');
    expect(cache.size).toBe(2);
  });

  test('holds at most its bound in questions, dropping the attempts read least recently', () => {
    const cache = new QuestionCache(4);
    cache.store('a1', '1,1', rows(2, [0, 1]));
    cache.store('a2', '2,2', rows(2, [0, 1]));
    cache.lookup('a1', 0);
    cache.store('a3', '3,3', rows(2, [0, 1]));
    expect(cache.size).toBe(4);
    expect(cache.lookup('a2', 0)).toBeUndefined();
    expect(cache.lookup('a1', 'all')).toBeDefined();
    expect(cache.lookup('a3', 'all')).toBeDefined();
    // An attempt larger than the bound is not held, and drops nothing.
    cache.store('a4', '4,4,4,4,4', rows(5, [0]));
    expect(cache.lookup('a4', 0)).toBeUndefined();
    expect(cache.size).toBe(4);
  });

  test('what it gives stays as it was: frozen, and whole after it is replaced', () => {
    const cache = new QuestionCache(100);
    cache.store('a1', '1', rows(1, [0]));
    const held = cache.lookup('a1', 0)!;
    const snapshot = held.snapshots.get(0)!;
    expect(() => {
      (snapshot['options'] as { id: string }[]).push({ id: 'b' });
    }).toThrow(TypeError);
    expect(Object.isFrozen(held.rows[0])).toBe(true);
    cache.store('a1', '2', rows(1, [0]));
    expect(held.version).toBe('1');
    expect(held.snapshots.get(0)).toBe(snapshot);
  });
});

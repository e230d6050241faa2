import { describe, expect, test } from 'vitest';
import { loginPath, nextPath } from './teacher-session';

const at = (path: string) => new URL(path, 'http://localhost:3000');

describe('where log-in sends a teacher', () => {
  test('back to the teacher page that asked for the log-in', () => {
    expect(loginPath(at('/teacher/sets/abc-123?/publish'))).toBe(
      '/teacher/login?next=%2Fteacher%2Fsets%2Fabc-123'
    );
    expect(nextPath(at('/teacher/login?next=%2Fteacher%2Fsets%2Fabc-123'))).toBe('/teacher/sets/abc-123');
  });

  test('never to another site or outside the teacher area', () => {
    for (const next of [
      'https://evil.example/teacher',
      '//evil.example',
      '/attempts/x',
      '/teacher/../x',
      ''
    ]) {
      expect(nextPath(at(`/teacher/login?next=${encodeURIComponent(next)}`))).toBe('/teacher');
    }
  });
});

import { describe, expect, test } from 'vitest';
import {
  joinCodeAlphabet,
  joinCodeLength,
  JoinCodePattern,
  newJoinCode,
  normalizeJoinCode
} from './join-code.ts';

describe('join codes', () => {
  test('the alphabet has none of the characters people confuse', () => {
    for (const confusable of '0O1lI') expect(joinCodeAlphabet).not.toContain(confusable);
    expect(new Set(joinCodeAlphabet).size).toBe(joinCodeAlphabet.length);
  });

  test('codes use only the alphabet, and 2,000 draws do not repeat', () => {
    const codes = Array.from({ length: 2000 }, newJoinCode);
    for (const code of codes) expect(code).toMatch(JoinCodePattern);
    expect(new Set(codes).size).toBe(codes.length);
    expect(joinCodeAlphabet.length ** joinCodeLength).toBeGreaterThan(400_000_000);
  });

  test('a typed code is read without regard to case, spaces or dashes', () => {
    expect(normalizeJoinCode(' bcd-fg h ')).toBe('BCDFGH');
  });
});

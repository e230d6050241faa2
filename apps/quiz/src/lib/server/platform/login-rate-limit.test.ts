import { describe, expect, test } from 'vitest';
import { LoginRateLimit, maxFailures, windowMinutes } from './login-rate-limit';

describe('log-in rate limit', () => {
  test('five failures lock the email for the rest of the window; others are not affected', () => {
    let now = 0;
    const limit = new LoginRateLimit(() => now);
    for (let n = 0; n < maxFailures - 1; n += 1) limit.fail('a@school.example');
    expect(limit.waitMinutes('a@school.example')).toBe(0);
    limit.fail('a@school.example');
    expect(limit.waitMinutes('a@school.example')).toBe(windowMinutes);
    expect(limit.waitMinutes('b@school.example')).toBe(0);
    now = 10 * 60_000;
    expect(limit.waitMinutes('a@school.example')).toBe(5);
    now = (windowMinutes * 60 + 1) * 1000;
    expect(limit.waitMinutes('a@school.example')).toBe(0);
  });

  test('a success clears the count', () => {
    const limit = new LoginRateLimit(() => 0);
    for (let n = 0; n < maxFailures - 1; n += 1) limit.fail('a@school.example');
    limit.succeed('a@school.example');
    limit.fail('a@school.example');
    expect(limit.waitMinutes('a@school.example')).toBe(0);
  });
});

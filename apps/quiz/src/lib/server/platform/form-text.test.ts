import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { noNul } from './form-text';

describe('text fields of a form', () => {
  const Form = z.object({ name: z.string().trim().min(1, 'Enter a name.').check(noNul('Your name')) });

  test('refuse a NUL anywhere, with a message that names the field', () => {
    for (const name of ['\u0000', 'Sa\u0000ra', 'Sara\u0000', '\u0000 Sara']) {
      const parsed = Form.safeParse({ name });
      expect(parsed.error?.issues, JSON.stringify(name)).toEqual([
        expect.objectContaining({
          path: ['name'],
          message: 'Your name must not contain a null character (U+0000).'
        })
      ]);
    }
  });

  test('take any other text, control characters, other scripts and emoji included', () => {
    for (const name of ['Sara', 'Émile', 'تارا', 'Sara\u0001', 'Sara\tK.', '🧨 Kerman']) {
      expect(Form.safeParse({ name }).success, JSON.stringify(name)).toBe(true);
    }
  });
});

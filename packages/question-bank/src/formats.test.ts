import { describe, expect, test } from 'vitest';
import { FormatId, formats } from './formats.ts';
import { kermanBank } from './test-support.ts';

describe('the formats registry', () => {
  test('every format writes a file of its own name, and says what it left out', async () => {
    const bank = { ...kermanBank(), questions: kermanBank().questions.slice(0, 40) };
    const extensions = FormatId.options.map((id) => formats[id].extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const id of FormatId.options) {
      const { body, skipped } = await formats[id].export(bank);
      expect(body.length, id).toBeGreaterThan(0);
      for (const entry of skipped)
        expect(
          bank.questions.map((q) => q.id),
          id
        ).toContain(entry.questionId);
    }
  });
});

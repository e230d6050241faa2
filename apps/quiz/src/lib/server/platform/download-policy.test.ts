import { createHash } from 'node:crypto';
import { FormatId, formats, generateBank } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from './articles';
import { downloadPolicy, inertPolicy } from './download-policy';

const bank = generateBank(getFactBase(), { seed: 3, count: 6 });

describe('the policy a download is sent with', () => {
  test('lets nothing run, load, post or frame it, for every format', async () => {
    for (const format of FormatId.options) {
      const policy = await downloadPolicy(format);
      expect(policy.startsWith(inertPolicy), format).toBe(true);
      expect(policy, format).not.toMatch(/script-src|unsafe/);
    }
    expect(inertPolicy).toMatch(/default-src 'none'.*sandbox/);
  });

  test("keeps a printable page's own stylesheet, by hash, and no other", async () => {
    for (const format of ['worksheet', 'answer-key'] as const) {
      const { body } = await formats[format].export(bank);
      const styles = [...String(body).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
      expect(styles, format).toHaveLength(1);
      const hash = createHash('sha256').update(styles[0]!).digest('base64');
      expect(await downloadPolicy(format)).toBe(`${inertPolicy}; style-src 'sha256-${hash}'`);
    }
    expect(await downloadPolicy('gift')).toBe(inertPolicy);
  });
});

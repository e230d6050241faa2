import { describe, expect, it } from 'vitest';
import { kermanBank } from '../test-support.ts';
import { exportJson, parseBankJson } from './bank-json.ts';

describe('JSON export', () => {
  it('reads back the very same bank', () => {
    const text = exportJson(kermanBank());
    expect(parseBankJson(text)).toEqual({ ok: true, bank: kermanBank() });
    expect(exportJson(kermanBank(1))).toBe(text);
  });

  it('reports bad JSON and a bad bank with paths', () => {
    expect(parseBankJson('{')).toMatchObject({ ok: false, problems: [{ code: 'invalid-json' }] });
    const bank = JSON.parse(exportJson(kermanBank())) as { questions: { stem: unknown }[] };
    bank.questions[2]!.stem = 7;
    expect(parseBankJson(JSON.stringify(bank))).toMatchObject({
      ok: false,
      problems: [{ code: 'invalid-bank', path: ['questions', 2, 'stem'] }]
    });
  });
});

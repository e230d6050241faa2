import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportJson } from './exporters/bank-json.ts';
import { questionBankJsonSchema, questionBankJsonSchemaText } from './json-schema.ts';
import { questionBankSchemaPath } from './package-paths.ts';
import { kermanBank } from './test-support.ts';

describe('the JSON Schema of a bank file', () => {
  it('is committed as generated (run `pnpm --filter @newsquiz/question-bank generate` after a schema change)', () => {
    expect(readFileSync(questionBankSchemaPath, 'utf8')).toBe(questionBankJsonSchemaText());
  });

  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(questionBankJsonSchema());

  it('accepts an exported bank and rejects a question without a key', () => {
    const exported: unknown = JSON.parse(exportJson(kermanBank()));
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    const broken = JSON.parse(exportJson(kermanBank())) as { questions: Record<string, unknown>[] };
    delete broken.questions[0]!.key;
    expect(validate(broken)).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { factBaseJsonSchema, factBaseJsonSchemaText } from './json-schema.ts';
import { factBasePath } from './load-fact-base.ts';
import { factBaseSchemaPath } from './package-paths.ts';
import { fixtureFactBase } from './test-fixtures.ts';

describe('the JSON Schema of a fact file', () => {
  it('is committed as generated (run `pnpm --filter @newsquiz/facts generate` after a schema change)', () => {
    expect(readFileSync(factBaseSchemaPath, 'utf8')).toBe(factBaseJsonSchemaText());
  });

  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(factBaseJsonSchema());

  it('accepts the Kerman fact file and the fixture as editors will check them', () => {
    const kerman: unknown = JSON.parse(readFileSync(factBasePath('kerman-2024'), 'utf8'));
    expect(validate(kerman), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(fixtureFactBase()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a fact with an unknown field and a malformed date', () => {
    const base = fixtureFactBase();
    base.events[0]!.date!.value = 'March 12';
    (base.relations[0] as Record<string, unknown>).confidence = 1;
    expect(validate(base)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath);
    expect(paths).toContain('/events/0/date/value');
    expect(paths).toContain('/relations/0');
  });
});

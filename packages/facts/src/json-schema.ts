import { z } from 'zod';
import { FactBase } from './schema/fact-base.ts';

/** The JSON Schema editors use to check a fact file as it is typed; generated, never edited by hand. */
export function factBaseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FactBase, { io: 'input', target: 'draft-2020-12' });
}

export function factBaseJsonSchemaText(): string {
  return `${JSON.stringify(factBaseJsonSchema(), null, 2)}\n`;
}

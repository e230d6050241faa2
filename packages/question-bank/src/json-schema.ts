import { z } from 'zod';
import { QuestionBank } from './question-bank.ts';

/** The JSON Schema of a bank file; generated, never edited by hand. */
export function questionBankJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(QuestionBank, { io: 'input', target: 'draft-2020-12' });
}

export function questionBankJsonSchemaText(): string {
  return `${JSON.stringify(questionBankJsonSchema(), null, 2)}\n`;
}

import { QuestionBank } from '../question-bank.ts';
import type { FormatLimits } from './format-limits.ts';

export const jsonLimits: FormatLimits = {
  name: 'Newsquiz JSON',
  types: {
    'single-choice': true,
    'multiple-response': true,
    'true-false': true,
    numeric: true,
    'short-answer': true,
    cloze: true,
    matching: true,
    ordering: true,
    'evidence-selection': true
  }
};

/** The bank as JSON: the same bank always gives the same bytes. */
export function exportJson(bank: QuestionBank): string {
  return `${JSON.stringify(QuestionBank.parse(bank), null, 2)}\n`;
}

export type BankJsonProblem = {
  code: 'invalid-json' | 'invalid-bank';
  path: (string | number)[];
  message: string;
};

export type BankJsonResult = { ok: true; bank: QuestionBank } | { ok: false; problems: BankJsonProblem[] };

export function parseBankJson(text: string): BankJsonResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ code: 'invalid-json', path: [], message: `not valid JSON: ${message}` }]
    };
  }
  const parsed = QuestionBank.safeParse(input);
  if (parsed.success) return { ok: true, bank: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      code: 'invalid-bank',
      path: issue.path.filter((segment) => typeof segment !== 'symbol'),
      message: issue.message
    }))
  };
}

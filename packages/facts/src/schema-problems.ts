import type { z } from 'zod';
import type { FactProblem, ProblemPath } from './fact-problem.ts';

function valueAt(input: unknown, path: ProblemPath): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Turns one zod issue into the plain problem a fact author can act on. */
function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): FactProblem[] {
  const path = issue.path.filter((segment) => typeof segment !== 'symbol') as (string | number)[];
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, path);
      const field = path.at(-1);
      if (received === undefined && path.length > 0) {
        return [{ code: 'missing-field', path, message: `missing required field "${String(field)}"` }];
      }
      const got = describeType(received);
      return [
        {
          code: 'wrong-type',
          path,
          expected: issue.expected,
          received: got,
          message: `expected ${issue.expected}, got ${got}`
        }
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown-field' as const,
        path: [...path, key],
        message: `unknown field "${key}"`
      }));
    case 'custom':
      if (issue.params?.['problem'] === 'invalid-date') {
        return [
          {
            code: 'invalid-date',
            path,
            message: `${issue.message}, got ${JSON.stringify(valueAt(input, path))}`
          }
        ];
      }
      return [{ code: 'invalid-value', path, message: issue.message }];
    case 'invalid_union': {
      if (issue.discriminator === undefined) return [{ code: 'invalid-value', path, message: issue.message }];
      // zod reports the allowed values on this issue without declaring them in its type.
      const allowed: unknown[] = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      const options = allowed.map((option) => JSON.stringify(option)).join(', ');
      const given = JSON.stringify(valueAt(input, path));
      return [
        {
          code: 'invalid-value',
          path,
          message: `unknown ${issue.discriminator} ${given}; expected one of ${options}`
        }
      ];
    }
    default:
      return [{ code: 'invalid-value', path, message: issue.message }];
  }
}

export function schemaProblems(error: z.ZodError, input: unknown): FactProblem[] {
  return error.issues.flatMap((issue) => problemFromIssue(issue, input));
}

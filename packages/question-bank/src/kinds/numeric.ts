import { z } from 'zod';
import { commonFields } from '../question-fields.ts';
import { noProblems, type QuestionKind } from './question-kind.ts';

export const NumericKey = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tolerance'), value: z.number(), tolerance: z.number().nonnegative() }).strict(),
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number() }).strict()
]);
export type NumericKey = z.infer<typeof NumericKey>;

export const NumericQuestion = z
  .object({
    ...commonFields,
    type: z.literal('numeric'),
    key: NumericKey,
    unit: z.string().min(1).optional()
  })
  .strict();
export type NumericQuestion = z.infer<typeof NumericQuestion>;

export const NumericResponse = z.object({ type: z.literal('numeric'), value: z.number().finite() }).strict();
export type NumericResponse = z.infer<typeof NumericResponse>;

function withinKey(key: NumericKey, value: number): boolean {
  return key.kind === 'range'
    ? value >= key.min && value <= key.max
    : Math.abs(value - key.value) <= key.tolerance;
}

/**
 * A number as the article would print it: "1,200 people", but a bare whole number of four digits is most
 * likely a year, which takes no separator ("2019", never "2,019").
 */
function numberText(value: number, unit: string | undefined): string {
  if (unit) return `${value.toLocaleString('en-US')} ${unit}`;
  return Number.isInteger(value) && Math.abs(value) < 10_000 ? String(value) : value.toLocaleString('en-US');
}

function keyText(key: NumericKey, unit: string | undefined): string {
  if (key.kind === 'range')
    return `between ${numberText(key.min, undefined)} and ${numberText(key.max, unit)}`;
  if (key.tolerance === 0) return numberText(key.value, unit);
  return `${numberText(key.value, unit)} (give or take ${numberText(key.tolerance, undefined)})`;
}

// Newspapers spell out numbers under ten ("two of its operatives"), so the key is looked for in words too.
const spelledOut = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** An exact key as the article may write it; a range is no single wording. */
function keyWordings(key: NumericKey): string[][] {
  if (key.kind === 'range') return [];
  const word = Number.isInteger(key.value) ? spelledOut[key.value] : undefined;
  return [[String(key.value), ...(word ? [word] : [])]];
}

export const numeric: QuestionKind<NumericQuestion, NumericResponse> = {
  label: 'Number',
  summary: 'A number, exact, give or take, or in a range, with a unit.',
  question: NumericQuestion,
  response: NumericResponse,
  responseForm: 'production',
  score: (question, response) => (withinKey(question.key, response.value) ? 1 : 0),
  keyText: (question) => [keyText(question.key, question.unit)],
  answerWordings: (question) => keyWordings(question.key),
  responseText: (question, response) => [numberText(response.value, question.unit)],
  keyProblems: (question) =>
    question.key.kind === 'range' && question.key.min > question.key.max
      ? [{ code: 'bad-range', path: ['key'], message: 'the range ends below its start' }]
      : [],
  optionProblems: noProblems,
  textProblems: noProblems
};

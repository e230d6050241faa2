/** Why a format left a question out: each format says so rather than dropping it silently. */
export type SkippedQuestion =
  | { code: 'unsupported-type'; questionId: string; message: string }
  | { code: 'too-long'; questionId: string; field: string; length: number; limit: number; message: string }
  | { code: 'too-many-options'; questionId: string; count: number; limit: number; message: string };

export type TextExport = { text: string; skipped: SkippedQuestion[] };
export type BinaryExport = { data: Uint8Array; skipped: SkippedQuestion[] };

export function unsupported(questionId: string, type: string, format: string): SkippedQuestion {
  return { code: 'unsupported-type', questionId, message: `${format} has no ${type} questions` };
}

export function tooManyOptions(
  questionId: string,
  count: number,
  limit: number,
  format: string
): SkippedQuestion {
  return {
    code: 'too-many-options',
    questionId,
    count,
    limit,
    message: `${format} takes at most ${limit} answers; this question has ${count}`
  };
}

export function tooLong(
  questionId: string,
  field: string,
  length: number,
  limit: number,
  format: string
): SkippedQuestion {
  return {
    code: 'too-long',
    questionId,
    field,
    length,
    limit,
    message: `${field} has ${length} characters; ${format} allows ${limit}`
  };
}

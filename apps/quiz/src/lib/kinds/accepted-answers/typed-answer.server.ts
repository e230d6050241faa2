import { z } from 'zod';
import { noNul } from '$lib/server/platform/form-text';
import { lines } from '../form-rows';
import type { AnswerFields, DraftInput, ParsedAnswer } from '../kind-form';

const TypedAnswer = z
  .string()
  .trim()
  .min(1, 'Type your answer.')
  .max(200, 'Keep the answer under 200 characters.')
  .check(noNul('Your answer'));

/** A typed answer, refused when blank, too long to be an answer, or holding a NUL. */
export function readTypedAnswer(
  fields: AnswerFields
): { ok: true; text: string } | Extract<ParsedAnswer, { ok: false }> {
  const typed = TypedAnswer.safeParse(fields.first());
  if (!typed.success) return { ok: false, field: fields.name(), message: typed.error.issues[0]!.message };
  return { ok: true, text: typed.data };
}

/** The accepted answers a teacher listed, one a line. */
export function readAcceptedAnswers({ values, refuse }: DraftInput): string[] {
  const key = lines(values.accepted);
  if (key.length === 0) refuse('accepted', 'Write at least one accepted answer.');
  return key;
}

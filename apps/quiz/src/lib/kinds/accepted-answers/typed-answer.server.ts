import { lines } from '../form-rows';
import type { AnswerFields, DraftInput, ParsedAnswer } from '../kind-form';

/** A typed answer, refused when blank or too long to be an answer. */
export function readTypedAnswer(
  fields: AnswerFields
): { ok: true; text: string } | Extract<ParsedAnswer, { ok: false }> {
  const text = fields.first().trim();
  if (!text) return { ok: false, field: fields.name(), message: 'Type your answer.' };
  if (text.length > 200)
    return { ok: false, field: fields.name(), message: 'Keep the answer under 200 characters.' };
  return { ok: true, text };
}

/** The accepted answers a teacher listed, one a line. */
export function readAcceptedAnswers({ values, refuse }: DraftInput): string[] {
  const key = lines(values.accepted);
  if (key.length === 0) refuse('accepted', 'Write at least one accepted answer.');
  return key;
}

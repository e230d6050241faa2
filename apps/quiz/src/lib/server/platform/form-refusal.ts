import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import type { FieldErrors } from '$lib/field-errors';

/** What every refused form action answers, so that each page reads a refusal the same way. */
type Refusal = {
  /** For the form as a whole, or null when only fields are wrong. */
  message: string | null;
  /** Errors of single fields, keyed by the id of the input (or group) they belong to. */
  fields: FieldErrors;
};

/**
 * `fail(status, { message, fields })`, with whatever else the page needs to show the form again as it was
 * posted (its `values`, say); a message or fields not given are null or none.
 */
export function refuse<Given extends Partial<Refusal> & Record<string, unknown>>(
  status: number,
  given: Given
) {
  return fail(status, { ...given, message: given.message ?? null, fields: given.fields ?? {} });
}

/** Form field names mapped to the ids of their inputs, where the two differ. */
type InputIds = Partial<Record<string, string>>;

/** Field errors keyed by input id, from messages keyed by field name, in their order. */
export function fieldErrors(
  issues: Iterable<{ field: string; message: string }>,
  inputIds: InputIds = {}
): FieldErrors {
  const fields: Record<string, string[]> = {};
  for (const { field, message } of issues) (fields[inputIds[field] ?? field] ??= []).push(message);
  return fields;
}

/** Field errors keyed by input id, from a form schema's error; an error of the whole form has no field. */
export function zodFieldErrors(error: z.ZodError, inputIds: InputIds = {}): FieldErrors {
  return fieldErrors(
    error.issues.flatMap((issue) =>
      issue.path.length > 0 ? [{ field: String(issue.path[0]), message: issue.message }] : []
    ),
    inputIds
  );
}

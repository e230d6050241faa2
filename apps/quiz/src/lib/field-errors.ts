/** Errors keyed by the id of the input (or group) they belong to, as the forms show them. */
export type FieldErrors = Record<string, string[] | undefined>;

/** The id of the paragraph that says what is wrong with a field. */
export const errorId = (field: string) => `${field}-error`;

export const invalid = (errors: FieldErrors, field: string) => (errors[field] ? 'true' : undefined);

/** An error paragraph's id is named only while that paragraph is shown, so no reference dangles. */
export const describedBy = (errors: FieldErrors, ...ids: string[]) =>
  ids.filter((id) => !id.endsWith('-error') || errors[id.slice(0, -6)]).join(' ') || undefined;

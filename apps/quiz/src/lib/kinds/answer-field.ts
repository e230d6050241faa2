/**
 * The form field name of one question's input, or of one named part of it (`match-p` of a matching
 * question). `prefix` keeps questions apart when several share one form. The inputs and the server that
 * reads them both ask here, so no name is typed twice.
 */
export function answerFieldName(prefix: string, suffix = 'answer'): string {
  return prefix ? `${prefix}.${suffix}` : suffix;
}

// Rules on option texts shared by the quality gates and the distractor picker, so that the
// picker never proposes a set the gates would reject.

const months =
  'Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.|January|February|March|April|May|June|July|August|September|October|November|December';
const datePattern = new RegExp(`^(?:(?:${months})(?: \\d{1,2},)? )?[12]\\d{3}$`);
const numberPattern =
  /^(?:(?:about|more than|fewer than|at least|nearly|over|under) )?\d[\d,.]*(?: [\p{L}-]+)?$/iu;

export type OptionKind = 'date' | 'number' | 'text';

export function optionKind(text: string): OptionKind {
  const trimmed = text.trim();
  if (datePattern.test(trimmed)) return 'date';
  if (numberPattern.test(trimmed)) return 'number';
  return 'text';
}

/** Similar enough in length that the longest does not stand out: at most 3 times the shortest + 10. */
export function lengthsSimilar(texts: readonly string[]): boolean {
  if (texts.length === 0) return true;
  const lengths = texts.map((text) => text.trim().length);
  return Math.max(...lengths) <= 3 * Math.min(...lengths) + 10;
}

export function isAllOrNoneOfTheAbove(text: string): boolean {
  return /\b(?:all|none|both|neither) of (?:the )?(?:above|these|them)\b/i.test(text);
}

const negation = /\b(?:not|never|no|none|except|cannot)\b|\w+n['’]t\b/gi;

/**
 * A negation outside quotation marks that is not written in capitals: students misread "not"
 * in a stem, so a question that hinges on it must shout it. Quoted words are the source's own.
 */
export function unemphasisedNegation(text: string): string | undefined {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return [...unquoted.matchAll(negation)]
    .map((match) => match[0])
    .find((word) => word !== word.toUpperCase());
}

/** Writes each negation in capitals, which is the emphasis the gate asks for. */
export function emphasiseNegation(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|[^“"]+/g, (part) =>
    part.startsWith('“') || part.startsWith('"') ? part : part.replace(negation, (word) => word.toUpperCase())
  );
}

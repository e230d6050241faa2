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

// A negative contraction is matched from the start of its word only: left free to start anywhere, \w+
// would scan the rest of every long word again from each of its letters.
const negation = /\b(?:not|never|no|none|except|cannot)\b|\b\w+n['’]t\b/gi;

type TextPart = { text: string; quoted: boolean };

/**
 * The text cut into spans inside quotation marks (“…” or "…") and the text between them, in order; a mark
 * that is never closed is text. One pass: where the next closing mark of each kind stands is looked up
 * again only once the scan is past it, where a regex would look again from every unclosed opening mark.
 */
function quoteParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const nextClose = { '“': -1, '"': -1 };
  const closing = { '“': '”', '"': '"' } as const;
  let plainStart = 0;
  let index = 0;
  while (index < text.length) {
    const mark = text[index];
    if (mark !== '“' && mark !== '"') {
      index++;
      continue;
    }
    if (nextClose[mark] <= index) {
      const found = text.indexOf(closing[mark], index + 1);
      nextClose[mark] = found < 0 ? Infinity : found;
    }
    const close = nextClose[mark];
    if (close === Infinity) {
      index++;
      continue;
    }
    if (index > plainStart) parts.push({ text: text.slice(plainStart, index), quoted: false });
    parts.push({ text: text.slice(index, close + 1), quoted: true });
    index = plainStart = close + 1;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), quoted: false });
  return parts;
}

/**
 * A negation outside quotation marks that is not written in capitals: students misread "not"
 * in a stem, so a question that hinges on it must shout it. Quoted words are the source's own.
 */
export function unemphasisedNegation(text: string): string | undefined {
  const unquoted = quoteParts(text)
    .map((part) => (part.quoted ? ' ' : part.text))
    .join('');
  return [...unquoted.matchAll(negation)]
    .map((match) => match[0])
    .find((word) => word !== word.toUpperCase());
}

/** Writes each negation in capitals, which is the emphasis the gate asks for. */
export function emphasiseNegation(text: string): string {
  return quoteParts(text)
    .map((part) => (part.quoted ? part.text : part.text.replace(negation, (word) => word.toUpperCase())))
    .join('');
}

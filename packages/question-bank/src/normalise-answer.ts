const articles = new Set(['a', 'an', 'the']);

/**
 * The form answers are compared in: case, accents, punctuation and articles do not count, so
 * "ISIS-K", "isis k" and "the ISIS–K" are one answer, as are "U.S." and "US".
 */
export function normaliseAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !articles.has(word))
    .join(' ');
}

/** True when `needle` stands in `haystack` as whole words, both normalised. */
export function containsAnswer(haystack: string, needle: string): boolean {
  const target = normaliseAnswer(needle);
  if (target === '') return false;
  return ` ${normaliseAnswer(haystack)} `.includes(` ${target} `);
}

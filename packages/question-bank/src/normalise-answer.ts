import { rememberedPerText } from './text-memo.ts';

const articles = new Set(['a', 'an', 'the']);

/**
 * The form answers are compared in: case, accents, punctuation and articles do not count, so
 * "ISIS-K", "isis k" and "the ISIS–K" are one answer, as are "U.S." and "US".
 */
export const normaliseAnswer = rememberedPerText(normalForm);

function normalForm(text: string): string {
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

/** The normal form between spaces, so a word is found whole by a plain search. */
const spacedForm = rememberedPerText((text) => ` ${normaliseAnswer(text)} `);

/** True when `needle` stands in `haystack` as whole words, both normalised. */
export function containsAnswer(haystack: string, needle: string): boolean {
  const target = spacedForm(needle);
  return target !== '  ' && spacedForm(haystack).includes(target);
}

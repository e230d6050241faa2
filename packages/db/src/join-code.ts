import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I, and no vowels, so a code is easy to read aloud and never spells a word. */
export const joinCodeAlphabet = '23456789BCDFGHJKMNPQRSTVWXYZ';
export const joinCodeLength = 6;
export const JoinCodePattern = new RegExp(`^[${joinCodeAlphabet}]{${joinCodeLength}}$`);

/** 28^6 (about 480 million) codes drawn by a cryptographic generator: not guessable by counting. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < joinCodeLength; i += 1) code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return code;
}

/** What a student types, made comparable: case and the separators people add are ignored. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

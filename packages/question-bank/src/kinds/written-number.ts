/** Spaces people put between groups of digits: plain, no-break and narrow no-break. */
const groupSpace = '[ \\u00a0\\u202f]';
const writtenNumber = new RegExp(
  `^[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:${groupSpace}\\d{3})+|\\d+)?(?:\\.\\d+)?$`
);

/**
 * A number as people write it: "1,200", "1 200", "-3", "2.5", ".5". Commas and spaces count only between
 * groups of three digits, so "1,3" is refused rather than read as 13: in much of the world that comma is a
 * decimal point, and a grade must not rest on a guess.
 */
export function parseWrittenNumber(text: string): number | undefined {
  const plain = text.trim();
  if (!/\d/.test(plain) || !writtenNumber.test(plain)) return undefined;
  return Number(plain.replace(/[,\s\u00a0\u202f]/g, '').replace('−', '-'));
}

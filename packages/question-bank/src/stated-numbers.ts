import { parseWrittenNumber } from './kinds/written-number.ts';
import { rememberedPerText } from './text-memo.ts';

// Articles spell out small counts ("fired four missiles"), so a count is found in words as in digits.
const numberWords =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' '
  );

function numbersIn(text: string): readonly number[] {
  const digits = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?/g)].flatMap((match) => {
    const value = parseWrittenNumber(match[0]);
    return value === undefined ? [] : [value];
  });
  const words = [...text.toLowerCase().matchAll(/\p{L}+/gu)].flatMap((match) => {
    const value = numberWords.indexOf(match[0]);
    return value < 0 ? [] : [value];
  });
  return [...digits, ...words];
}

/** Every number a text states, in digits ("1,200", "84") or as a word up to twenty ("four"). */
export const statedNumbers = rememberedPerText(numbersIn);

import { maxRows } from '@newsquiz/question-bank/text-limits';

/** The most rows of one group the server reads, for a form's "Add" button to stop at. */
export const rowLimit = maxRows;

/** Option ids in the order options are written: a, b, c… */
export const choiceIds = 'abcdefghijklmnopqrstuvwxyz';

/** The non-blank lines of a box that takes one entry a line. */
export const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The rows a teacher filled in, each with its place on the form. */
export const filledRows = (texts: readonly string[]) =>
  texts.map((text, row) => ({ text: text.trim(), row })).filter(({ text }) => text !== '');

/**
 * The rows a form shows: every row posted back (an added blank one included), one spare after the last
 * filled in, never fewer than `minimum`, and never more than the server reads.
 */
export function shownRows(lists: readonly (readonly string[])[], minimum: number): number[] {
  const last = Math.max(-1, ...lists.flatMap((list) => list.map((text, row) => (text.trim() ? row : -1))));
  const posted = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: Math.min(maxRows, Math.max(minimum, posted, last + 2)) }, (_, row) => row);
}

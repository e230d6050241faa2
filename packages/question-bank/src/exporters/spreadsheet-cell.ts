import { stringify } from 'csv-stringify/sync';

// Where a reader may begin a new cell inside a field: at a comma, at a semicolon (the list separator
// of much of Europe), at a tab or at a line break, when it splits a file on another delimiter than the
// one it was written with, or ignores the quotes around a field.
const cellBreak = /([,;\t\r\n])/;
// A spreadsheet reads a cell that starts with one of these as a formula (OWASP, "CSV Injection").
const formulaStarts = new Set(['=', '+', '-', '@']);
// A signed number is read as that number and runs nothing, so "-3" stays as it is written.
const signedNumber = /^[+-]\d+(?:\.\d+)?$/;

// Spaces and quotation marks a reader may drop before it looks at a cell's first character.
const droppedFirst = /^[\s"]*/;

function neutraliseStart(part: string): string {
  const start = droppedFirst.exec(part)![0].length;
  const rest = part.slice(start);
  if (!formulaStarts.has(rest.charAt(0)) || signedNumber.test(rest)) return part;
  return `${part.slice(0, start)}'${rest}`;
}

/**
 * Text made inert for any spreadsheet, whatever delimiter it splits on: wherever a cell could begin, a
 * formula character gets a leading apostrophe, which spreadsheets take to mean "this is text".
 */
export function neutraliseCell(text: string): string {
  return text
    .split(cellBreak)
    .map((part, index) => (index % 2 === 0 ? neutraliseStart(part) : part))
    .join('');
}

/**
 * Rows as a CSV file a spreadsheet may open: every cell neutralised and every field quoted, so that no
 * comma, semicolon or line break in a cell is read as a delimiter by a reader that honours quotes.
 */
export function spreadsheetCsv(
  rows: readonly (readonly (string | number)[])[],
  options: { bom?: boolean } = {}
): string {
  const cells = rows.map((row) => row.map((cell) => neutraliseCell(String(cell))));
  return stringify(cells, { quoted: true, quoted_empty: true, bom: options.bom ?? false });
}

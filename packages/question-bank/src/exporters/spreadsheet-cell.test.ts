import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, spreadsheetCsv } from './spreadsheet-cell.ts';

const formulaStart = /^[=+\-@]/;
const signedNumber = /^[+-]\d+(?:\.\d+)?$/;

/**
 * Every cell a reader could see in `text`, whichever of these it splits on and whether or not it honours
 * quotes, with the spaces and quotation marks it may drop before the first character dropped.
 */
const possibleCells = (text: string) => text.split(/[,;\t\r\n]/).map((cell) => cell.replace(/^[\s"]*/, ''));

const live = (cell: string) => formulaStart.test(cell) && !signedNumber.test(cell);

describe('neutraliseCell', () => {
  it.for([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ["=cmd|' /C calc'!A0"]
  ])('puts an apostrophe before %j', ([text]) => {
    expect(neutraliseCell(text!)).toBe(`'${text}`);
  });

  it('neutralises a formula wherever a cell could begin: after a separator, a tab or a line break', () => {
    expect(neutraliseCell('Ann;=1+1')).toBe("Ann;'=1+1");
    expect(neutraliseCell('Ann,@SUM(A1)')).toBe("Ann,'@SUM(A1)");
    expect(neutraliseCell('\t=1+1')).toBe("\t'=1+1");
    expect(neutraliseCell('\r\n-1+1')).toBe("\r\n'-1+1");
    expect(neutraliseCell('a; "=1+1"')).toBe('a; "\'=1+1"');
  });

  it('leaves names, sentences and signed numbers as they are', () => {
    expect(neutraliseCell('Sara K.-Rahimi = top')).toBe('Sara K.-Rahimi = top');
    expect(neutraliseCell('-3')).toBe('-3');
    expect(neutraliseCell('Scores 5,-3.5; +2')).toBe('Scores 5,-3.5; +2');
  });

  it('leaves no live formula in any cell a reader could see, and changes nothing a second time', () => {
    const text = fc
      .array(fc.constantFrom('=', '+', '-', '@', ',', ';', '\t', '\r', '\n', ' ', '"', "'", '1', '.', 'a'), {
        maxLength: 30
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const safe = neutraliseCell(raw);
        expect(possibleCells(safe).filter(live)).toEqual([]);
        expect(neutraliseCell(safe)).toBe(safe);
        expect(safe.replaceAll("'", '')).toBe(raw.replaceAll("'", ''));
      }),
      { numRuns: 2000 }
    );
  });
});

describe('spreadsheetCsv', () => {
  it('quotes every field and neutralises every cell', () => {
    expect(
      spreadsheetCsv([
        ['Ann;=1+1', 3, ''],
        ['Karimi, Ali', -1.5, '@x']
      ])
    ).toBe(`"Ann;'=1+1","3",""\n"Karimi, Ali","-1.5","'@x"\n`);
  });

  it('starts with a byte-order mark when asked, for Excel to read UTF-8', () => {
    expect(spreadsheetCsv([['Ω']], { bom: true })).toBe('\uFEFF"Ω"\n');
  });
});

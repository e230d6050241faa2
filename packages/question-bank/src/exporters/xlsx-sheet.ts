import { strToU8, zipSync } from 'fflate';
import { escapeXml } from './xml-escape.ts';

/** One cell: text is always written as a string, never as a formula, whatever it starts with. */
export type XlsxCell = string | number;

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const contentTypes = `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>`;

const rootRelationships = `${declaration}<Relationships xmlns="${packageRelationships}">\
<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>`;

const workbookRelationships = `${declaration}<Relationships xmlns="${packageRelationships}">\
<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>\
<Relationship Id="rId3" Type="${relationships}/styles" Target="styles.xml"/>\
</Relationships>`;

// The least a spreadsheet asks of a style sheet: one font, the two fills it reserves, one border, one format.
const styles = `${declaration}<styleSheet xmlns="${main}">\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

/** A column's letters: 0 is A, 25 is Z, 26 is AA. */
function columnName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${columnName(Math.floor(index / 26) - 1)}${letter}`;
}

// XML 1.0 cannot hold control characters, so the format writes them as _xHHHH_; an underscore that
// would read as such an escape is escaped itself.
const escapeLike = /_(?=x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 refuses
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const hex = (char: string) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

function stringXml(text: string): string {
  return escapeXml(text.replace(escapeLike, '_x005F_').replace(controlCharacter, hex));
}

/**
 * A workbook of one sheet, as the smallest set of parts spreadsheets open: text goes to the shared
 * strings and each cell names it, so no cell is ever a formula. The zip's dates are fixed, so the same
 * rows always make the same bytes.
 */
export function xlsxSheet(name: string, rows: readonly (readonly XlsxCell[])[]): Uint8Array {
  const strings = new Map<string, number>();
  let references = 0;
  const cellXml = (cell: XlsxCell, reference: string) => {
    if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
    references++;
    if (!strings.has(cell)) strings.set(cell, strings.size);
    return `<c r="${reference}" t="s"><v>${strings.get(cell)}</v></c>`;
  };
  const rowsXml = rows
    .map((row, rowIndex) => {
      // A blank is no cell at all and a blank row no row, as a spreadsheet saves them.
      const cells = row.map((cell, column) =>
        cell === '' ? '' : cellXml(cell, `${columnName(column)}${rowIndex + 1}`)
      );
      return cells.some((cell) => cell !== '') ? `<row r="${rowIndex + 1}">${cells.join('')}</row>` : '';
    })
    .join('');
  const sheet = `${declaration}<worksheet xmlns="${main}"><sheetData>${rowsXml}</sheetData></worksheet>`;
  const sharedStrings = `${declaration}<sst xmlns="${main}" count="${references}" uniqueCount="${strings.size}">${[
    ...strings.keys()
  ]
    .map((text) => `<si><t xml:space="preserve">${stringXml(text)}</t></si>`)
    .join('')}</sst>`;
  const workbook = `${declaration}<workbook xmlns="${main}" xmlns:r="${relationships}">\
<sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRelationships,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': workbookRelationships,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': sharedStrings,
    'xl/styles.xml': styles
  };
  const files = Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)]));
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

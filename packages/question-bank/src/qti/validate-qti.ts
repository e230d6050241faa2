import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export type QtiValidationError = { file: string; line: number | undefined; message: string };
export type QtiValidation = { valid: boolean; errors: QtiValidationError[] };

function xsdFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xsd'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Checks QTI XML against the QTI 3.0 XSD with libxml2 (WASM). The schema's relative imports
 * (../w3/xml.xsd) are pointed at flat names, because the WASM file system is given flat files.
 */
export async function validateQtiXml(
  files: readonly { fileName: string; contents: string }[],
  xsdDirectory: string
): Promise<QtiValidation> {
  const schemas = xsdFiles(xsdDirectory).map((path) => ({
    fileName: path.split('/').pop()!,
    path: relative(xsdDirectory, path),
    contents: readFileSync(path, 'utf8').replace(
      /schemaLocation="(?!https?:)(?:[^"]*\/)?([^"/]+\.xsd)"/g,
      'schemaLocation="$1"'
    )
  }));
  const entry = schemas.find((schema) => schema.path.startsWith('qtiv3p0'));
  if (!entry) throw new Error(`no QTI 3.0 schema (qtiv3p0/*.xsd) in ${xsdDirectory}`);
  const result = await validateXML({
    xml: files.map((file) => ({ fileName: file.fileName.replace(/\//g, '_'), contents: file.contents })),
    schema: [{ fileName: entry.fileName, contents: entry.contents }],
    preload: schemas
      .filter((schema) => schema !== entry)
      .map(({ fileName, contents }) => ({ fileName, contents })),
    maxMemoryPages: 16384
  });
  return {
    valid: result.valid,
    errors: result.errors.map((error) => ({
      file: error.loc?.fileName ?? '',
      line: error.loc?.lineNumber,
      message: error.message
    }))
  };
}

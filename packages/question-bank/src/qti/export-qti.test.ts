import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../question.ts';
import { kermanBank } from '../test-support.ts';
import { exportQti, qtiItemFile, qtiPackageFiles } from './export-qti.ts';
import { readQtiPackage, type QtiQuestion } from './read-qti.ts';
import { validateQtiXml } from './validate-qti.ts';

// The SBAC profile of 1EdTech's QTI 3.0 schema with its W3C imports, kept in the package so that a clean
// clone validates exports with nothing beside it.
const xsdDirectory = join(import.meta.dirname, '..', '..', 'qti3-xsd');

/** What QTI carries; evidence, fact ids, topic, skill and difficulty are its documented loss. */
function carried(question: Question): QtiQuestion {
  const { evidence: _e, factIds: _f, topic: _t, skill: _s, difficulty: _d, ...rest } = question;
  return rest;
}

describe('QTI 3.0 package', () => {
  const bank = kermanBank();
  const data = exportQti(bank).data;

  it('holds a manifest, a test and one item per question', () => {
    const contents = readQtiPackage(data);
    expect(contents.files).toEqual(
      [
        'imsmanifest.xml',
        'assessment-test.xml',
        ...bank.questions.map((question) => qtiItemFile(question.id))
      ].sort()
    );
    expect(contents.manifest).toContain('type="imsqti_item_xmlv3p0"');
    expect(contents.manifest.match(/<resource /g)).toHaveLength(bank.questions.length + 1);
  });

  it('reads back every question, type, stem, options, key and explanation alike', () => {
    const items = readQtiPackage(data).items;
    expect(items).toEqual(bank.questions.map(carried));
  });

  it('is byte-identical for the same bank', () => {
    expect(exportQti(kermanBank(1)).data).toEqual(data);
  });

  it('validates every item and the test against the QTI 3.0 XSD with libxml2, and finds a broken one', async () => {
    const files = Object.entries(qtiPackageFiles(bank))
      .filter(([path]) => path !== 'imsmanifest.xml')
      .map(([fileName, contents]) => ({ fileName, contents }));
    const broken = files[1]!.contents.replace('<qti-item-body>', '<qti-item-body><bogus/>');
    // One run of libxml2 for all files, as loading the 1 MB schema is the slow part.
    const result = await validateQtiXml(
      [...files, { fileName: 'items/broken.xml', contents: broken }],
      xsdDirectory
    );
    expect(result.valid).toBe(false);
    const located = result.errors.filter((error) => error.line !== undefined);
    expect(located.map((error) => error.file)).toEqual(['items_broken.xml']);
    expect(located[0]!.message).toContain('bogus');
  });
});

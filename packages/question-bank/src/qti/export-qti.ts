import { strToU8, zipSync } from 'fflate';
import type { QuestionBank } from '../question-bank.ts';
import type { BinaryExport } from '../exporters/export-report.ts';
import type { FormatLimits } from '../exporters/format-limits.ts';
import { escapeXml as x } from '../exporters/xml-escape.ts';
import { qtiItemXml, qtiNamespace } from './qti-item.ts';

const qtiTestFile = 'assessment-test.xml';

export function qtiItemFile(questionId: string): string {
  return `items/${questionId}.xml`;
}

/** The test that lists every item in bank order, in one section. */
function qtiTestXml(bank: QuestionBank): string {
  const refs = bank.questions
    .map(
      (question) =>
        `\n      <qti-assessment-item-ref identifier="${question.id}" href="${qtiItemFile(question.id)}"/>`
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-test xmlns="${qtiNamespace}" identifier="test-${bank.article}" title="${x(bank.title)}">
  <qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="individual">
    <qti-assessment-section identifier="section-1" title="${x(bank.title)}" visible="true">${refs}
    </qti-assessment-section>
  </qti-test-part>
</qti-assessment-test>
`;
}

function qtiManifestXml(bank: QuestionBank): string {
  const items = bank.questions
    .map(
      (question) =>
        `\n    <resource identifier="${question.id}" type="imsqti_item_xmlv3p0" href="${qtiItemFile(question.id)}">\n      <file href="${qtiItemFile(question.id)}"/>\n    </resource>`
    )
    .join('');
  const dependencies = bank.questions
    .map((question) => `\n      <dependency identifierref="${question.id}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="manifest-${bank.article}">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="test-${bank.article}" type="imsqti_test_xmlv3p0" href="${qtiTestFile}">
      <file href="${qtiTestFile}"/>${dependencies}
    </resource>${items}
  </resources>
</manifest>
`;
}

/** Every file of the package, by path inside the zip. */
export function qtiPackageFiles(bank: QuestionBank): Record<string, string> {
  const files: Record<string, string> = {
    'imsmanifest.xml': qtiManifestXml(bank),
    [qtiTestFile]: qtiTestXml(bank)
  };
  for (const question of bank.questions) files[qtiItemFile(question.id)] = qtiItemXml(question);
  return files;
}

export const qtiLimits: FormatLimits = {
  name: 'QTI',
  types: {
    'single-choice': true,
    'multiple-response': true,
    'true-false': true,
    numeric: true,
    'short-answer': true,
    cloze: true,
    matching: true,
    ordering: true,
    'evidence-selection': true
  }
};

/**
 * A QTI 3.0 content package: imsmanifest.xml, one qti-assessment-item per question and a
 * qti-assessment-test. Every type fits, so nothing is skipped; evidence, fact ids, topic, skill and
 * difficulty have no place in QTI and are left out.
 */
export function exportQti(bank: QuestionBank): BinaryExport {
  const entries = Object.entries(qtiPackageFiles(bank)).map(([path, text]) => [path, strToU8(text)] as const);
  // A fixed timestamp keeps the zip byte-identical for the same bank.
  const data = zipSync(Object.fromEntries(entries), { mtime: new Date('2024-01-01T00:00:00Z') });
  return { data, skipped: [] };
}

import { z } from 'zod';
import { exportJson, jsonLimits } from './exporters/bank-json.ts';
import { exportKahoot, kahootLimits } from './exporters/export-kahoot.ts';
import { blooketLimits, exportBlooket } from './exporters/export-blooket.ts';
import { exportGift, giftLimits } from './exporters/export-gift.ts';
import { exportHtmlWorksheet, worksheetLimits } from './exporters/export-html-worksheet.ts';
import { exportMoodleXml, moodleXmlLimits } from './exporters/export-moodle-xml.ts';
import { exportQuizlet, quizletLimits } from './exporters/export-quizlet.ts';
import type { SkippedQuestion } from './exporters/export-report.ts';
import type { FormatLimits } from './exporters/format-limits.ts';
import { exportQti, qtiLimits } from './qti/export-qti.ts';
import type { QuestionType } from './question.ts';
import type { QuestionBank } from './question-bank.ts';

/** A file in some format, and the questions it could not hold, each with the reason. */
export type FormatExport = { body: string | Uint8Array; skipped: SkippedQuestion[] };

export type BankFormat = {
  label: string;
  /** The end of the file's name, after the title. */
  extension: string;
  mediaType: string;
  /** Where a teacher takes the file. */
  use: string;
  /** What it cannot hold: what it leaves out of a bank follows from this without exporting. */
  limits: FormatLimits;
  /** What the importing tool needs before it takes a type the format does hold. */
  needs?: Partial<Record<QuestionType, string>>;
  export(bank: QuestionBank): FormatExport | Promise<FormatExport>;
};

const textFile = ({ text, skipped }: { text: string; skipped: SkippedQuestion[] }) => ({
  body: text,
  skipped
});
const dataFile = ({ data, skipped }: { data: Uint8Array; skipped: SkippedQuestion[] }) => ({
  body: data,
  skipped
});

/** Every format a bank or a quiz is exported in; the CLI and the app both offer exactly these. */
export const formats = {
  json: {
    label: 'Newsquiz JSON',
    extension: 'json',
    mediaType: 'application/json',
    use: 'a full copy, for backup or another Newsquiz',
    limits: jsonLimits,
    export: (bank) => ({ body: exportJson(bank), skipped: [] })
  },
  gift: {
    label: 'GIFT',
    extension: 'gift.txt',
    mediaType: 'text/plain; charset=utf-8',
    use: 'Moodle and other LMSs that import GIFT',
    limits: giftLimits,
    export: (bank) => textFile(exportGift(bank))
  },
  'moodle-xml': {
    label: 'Moodle XML',
    extension: 'moodle.xml',
    mediaType: 'application/xml',
    use: "Moodle's question bank",
    limits: moodleXmlLimits,
    needs: {
      ordering:
        'Ordering questions need Moodle 4.4 or later, or the Ordering question plugin (qtype_ordering) on an older Moodle.'
    },
    export: (bank) => textFile(exportMoodleXml(bank))
  },
  qti: {
    label: 'QTI 3.0 package',
    extension: 'qti.zip',
    mediaType: 'application/zip',
    use: 'Canvas, and any LMS that imports QTI 3.0',
    limits: qtiLimits,
    export: (bank) => dataFile(exportQti(bank))
  },
  kahoot: {
    label: 'Kahoot spreadsheet',
    extension: 'kahoot.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    use: "Kahoot's quiz import",
    limits: kahootLimits,
    export: (bank) => dataFile(exportKahoot(bank))
  },
  blooket: {
    label: 'Blooket CSV',
    extension: 'blooket.csv',
    mediaType: 'text/csv; charset=utf-8',
    use: "Blooket's set import",
    limits: blooketLimits,
    export: (bank) => textFile(exportBlooket(bank))
  },
  quizlet: {
    label: 'Quizlet text',
    extension: 'quizlet.txt',
    mediaType: 'text/plain; charset=utf-8',
    use: "Quizlet's import box",
    limits: quizletLimits,
    export: (bank) => textFile(exportQuizlet(bank))
  },
  worksheet: {
    label: 'Printable worksheet',
    extension: 'worksheet.html',
    mediaType: 'text/html; charset=utf-8',
    use: 'printing for class, without answers',
    limits: worksheetLimits,
    export: (bank) => ({ body: exportHtmlWorksheet(bank).worksheet, skipped: [] })
  },
  'answer-key': {
    label: 'Answer key',
    extension: 'answer-key.html',
    mediaType: 'text/html; charset=utf-8',
    use: "the worksheet's answers, for the teacher",
    limits: worksheetLimits,
    export: (bank) => ({ body: exportHtmlWorksheet(bank).answerKey, skipped: [] })
  }
} satisfies Record<string, BankFormat>;

export const FormatId = z.enum(Object.keys(formats) as [keyof typeof formats, ...(keyof typeof formats)[]]);
export type FormatId = z.infer<typeof FormatId>;

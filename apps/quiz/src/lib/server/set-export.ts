import {
  exportBlooket,
  exportGift,
  exportHtmlWorksheet,
  exportJson,
  exportKahoot,
  exportMoodleXml,
  exportQti,
  exportQuizlet,
  type QuestionBank,
  type SkippedQuestion
} from '@newsquiz/question-bank';
import { z } from 'zod';
import { questionsOf, type OwnedSet } from './owned-set';

export const ExportFormat = z.enum([
  'json',
  'gift',
  'moodle-xml',
  'qti',
  'kahoot',
  'blooket',
  'quizlet',
  'worksheet',
  'answer-key'
]);
export type ExportFormat = z.infer<typeof ExportFormat>;

type FormatInfo = { label: string; extension: string; mediaType: string; use: string };

export const exportFormats: Record<ExportFormat, FormatInfo> = {
  json: {
    label: 'Newsquiz JSON',
    extension: 'json',
    mediaType: 'application/json',
    use: 'a full copy, for backup or another Newsquiz'
  },
  gift: {
    label: 'GIFT',
    extension: 'gift.txt',
    mediaType: 'text/plain; charset=utf-8',
    use: 'Moodle and other LMSs that import GIFT'
  },
  'moodle-xml': {
    label: 'Moodle XML',
    extension: 'moodle.xml',
    mediaType: 'application/xml',
    use: "Moodle's question bank"
  },
  qti: {
    label: 'QTI 3.0 package',
    extension: 'qti.zip',
    mediaType: 'application/zip',
    use: 'Canvas, and any LMS that imports QTI 3.0'
  },
  kahoot: {
    label: 'Kahoot spreadsheet',
    extension: 'kahoot.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    use: "Kahoot's quiz import"
  },
  blooket: {
    label: 'Blooket CSV',
    extension: 'blooket.csv',
    mediaType: 'text/csv; charset=utf-8',
    use: "Blooket's set import"
  },
  quizlet: {
    label: 'Quizlet text',
    extension: 'quizlet.txt',
    mediaType: 'text/plain; charset=utf-8',
    use: "Quizlet's import box"
  },
  worksheet: {
    label: 'Printable worksheet',
    extension: 'worksheet.html',
    mediaType: 'text/html; charset=utf-8',
    use: 'printing for class, without answers'
  },
  'answer-key': {
    label: 'Answer key',
    extension: 'answer-key.html',
    mediaType: 'text/html; charset=utf-8',
    use: "the worksheet's answers, for the teacher"
  }
};

export type SetExport = { body: Uint8Array | string; skipped: SkippedQuestion[] };

/** The set's current questions as a bank, in the set's order, ready for any exporter. */
export function bankOfSet(set: OwnedSet): QuestionBank {
  return {
    format: 'newsquiz-question-bank',
    version: 1,
    article: set.articleId,
    title: set.title,
    questions: questionsOf(set).map(({ question }) => question)
  };
}

export async function exportSet(set: OwnedSet, format: ExportFormat): Promise<SetExport> {
  const bank = bankOfSet(set);
  switch (format) {
    case 'json':
      return { body: exportJson(bank), skipped: [] };
    case 'gift':
      return withText(exportGift(bank));
    case 'moodle-xml':
      return withText(exportMoodleXml(bank));
    case 'qti':
      return withData(exportQti(bank));
    case 'kahoot':
      return withData(await exportKahoot(bank));
    case 'blooket':
      return withText(exportBlooket(bank));
    case 'quizlet':
      return withText(exportQuizlet(bank));
    case 'worksheet':
      return { body: exportHtmlWorksheet(bank).worksheet, skipped: [] };
    case 'answer-key':
      return { body: exportHtmlWorksheet(bank).answerKey, skipped: [] };
  }
}

const withText = ({ text, skipped }: { text: string; skipped: SkippedQuestion[] }) => ({
  body: text,
  skipped
});
const withData = ({ data, skipped }: { data: Uint8Array; skipped: SkippedQuestion[] }) => ({
  body: data,
  skipped
});

/** The start of a file name from the title, in characters that every system (and a header) accepts. */
export function titleFileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'quiz'
  );
}

export function exportFileName(title: string, format: ExportFormat): string {
  return `${titleFileStem(title)}.${exportFormats[format].extension}`;
}

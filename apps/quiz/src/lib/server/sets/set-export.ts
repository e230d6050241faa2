import { formats, type FormatExport, type FormatId, type QuestionBank } from '@newsquiz/question-bank';
import { questionsOf, type OwnedSet } from './owned-set';

/** The set's current questions as a bank, in the set's order, ready for any exporter. */
function bankOfSet(set: OwnedSet): QuestionBank {
  return {
    format: 'newsquiz-question-bank',
    version: 1,
    article: set.articleId,
    title: set.title,
    questions: questionsOf(set).map(({ question }) => question)
  };
}

export function exportSet(set: OwnedSet, format: FormatId): Promise<FormatExport> {
  return Promise.resolve(formats[format].export(bankOfSet(set)));
}

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

export function exportFileName(title: string, format: FormatId): string {
  return `${titleFileStem(title)}.${formats[format].extension}`;
}

import type { StudentResult } from '@newsquiz/db';
import { spreadsheetCsv } from '@newsquiz/question-bank';
import { titleFileStem } from '$lib/server/sets/set-export';

const header = ['Student', 'Score', 'Max score', 'Percent', 'Time taken (s)', 'Started at', 'Submitted at'];

// Partial credit makes fractions; two decimals are enough for a grade book.
const rounded = (value: number) => Number(value.toFixed(2));

/** One row per attempt, as grade books import it; an attempt still open has no score or end yet. */
export function gradesCsv(results: StudentResult[]): string {
  const rows = results.map((result) => [
    result.studentName,
    result.score === null ? '' : rounded(result.score),
    result.maxScore,
    result.score === null || result.maxScore === 0 ? '' : rounded((result.score / result.maxScore) * 100),
    result.secondsTaken ?? '',
    result.startedAt.toISOString(),
    result.submittedAt?.toISOString() ?? ''
  ]);
  // The byte-order mark makes Excel read UTF-8, so that names in any script arrive intact; a student's
  // name is theirs to choose, so every cell is made inert for a spreadsheet.
  return spreadsheetCsv([header, ...rows], { bom: true });
}

export function gradesFileName(title: string): string {
  return `${titleFileStem(title)}-grades.csv`;
}

import type { StudentResult } from '@newsquiz/db';
import { stringify } from 'csv-stringify/sync';
import { titleFileStem } from '$lib/server/sets/set-export';

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
const formulaStart = /^[=+\-@\t\r]/;

/** Text a student typed, made inert for spreadsheets: a leading apostrophe shows it as plain text. */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

const header = ['Student', 'Score', 'Max score', 'Percent', 'Time taken (s)', 'Started at', 'Submitted at'];

// Partial credit makes fractions; two decimals are enough for a grade book.
const rounded = (value: number) => Number(value.toFixed(2));

/** One row per attempt, as grade books import it; an attempt still open has no score or end yet. */
export function gradesCsv(results: StudentResult[]): string {
  const rows = results.map((result) => [
    neutraliseCell(result.studentName),
    result.score === null ? '' : rounded(result.score),
    result.maxScore,
    result.score === null || result.maxScore === 0 ? '' : rounded((result.score / result.maxScore) * 100),
    result.secondsTaken ?? '',
    result.startedAt.toISOString(),
    result.submittedAt?.toISOString() ?? ''
  ]);
  // The byte-order mark makes Excel read UTF-8, so that names in any script arrive intact.
  return stringify([header, ...rows], { bom: true });
}

export function gradesFileName(title: string): string {
  return `${titleFileStem(title)}-grades.csv`;
}

import type { QuestionPoints, StudentResult } from '@newsquiz/db';
import { spreadsheetCsv } from '@newsquiz/question-bank';
import { titleFileStem } from '$lib/server/sets/set-export';

const columns = ['Student', 'Score', 'Max score', 'Percent', 'Time taken (s)', 'Started at', 'Submitted at'];

// Partial credit makes fractions; two decimals are enough for a grade book.
const rounded = (value: number) => Number(value.toFixed(2));

/**
 * One row per attempt, as grade books import it; an attempt still open has no score or end yet. With the
 * points per question, a column follows for each (Q1, Q2… as item analysis numbers them): a question the
 * attempt did not draw is empty, one drawn and left unanswered is 0 once handed in.
 */
export function gradesCsv(
  results: StudentResult[],
  perQuestion: QuestionPoints = { questionIds: [], points: new Map() }
): string {
  const header = [...columns, ...perQuestion.questionIds.map((_, index) => `Q${index + 1}`)];
  const rows = results.map((result) => [
    ...gradeCells(result),
    ...perQuestion.questionIds.map((questionId) => {
      const earned = perQuestion.points.get(result.attemptId);
      if (!earned?.has(questionId)) return '';
      const points = earned.get(questionId) ?? null;
      if (points === null) return result.submittedAt ? 0 : '';
      return rounded(points);
    })
  ]);
  // The byte-order mark makes Excel read UTF-8, so that names in any script arrive intact; a student's
  // name is theirs to choose, so every cell is made inert for a spreadsheet.
  return spreadsheetCsv([header, ...rows], { bom: true });
}

function gradeCells(result: StudentResult) {
  return [
    result.studentName,
    result.score === null ? '' : rounded(result.score),
    result.maxScore,
    result.score === null || result.maxScore === 0 ? '' : rounded((result.score / result.maxScore) * 100),
    result.secondsTaken ?? '',
    result.startedAt.toISOString(),
    result.submittedAt?.toISOString() ?? ''
  ];
}

export function gradesFileName(title: string): string {
  return `${titleFileStem(title)}-grades.csv`;
}

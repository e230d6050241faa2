import type { StudentResult } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { gradesCsv, gradesFileName } from './grades-csv';

const startedAt = new Date('2024-01-25T09:00:00.000Z');
const submitted = (studentName: string, score: number): StudentResult => ({
  attemptId: `attempt-${studentName}`,
  studentName,
  score,
  maxScore: 4,
  startedAt,
  submittedAt: new Date('2024-01-25T09:04:05.000Z'),
  secondsTaken: 245
});

const bom = '\uFEFF';

describe('gradesCsv', () => {
  test('writes a header and one row per attempt, times in ISO 8601', () => {
    const csv = gradesCsv([submitted('Omid', 3)]);
    expect(csv).toBe(
      `${bom}"Student","Score","Max score","Percent","Time taken (s)","Started at","Submitted at"\n` +
        '"Omid","3","4","75","245","2024-01-25T09:00:00.000Z","2024-01-25T09:04:05.000Z"\n'
    );
  });

  test('neutralises a formula and still quotes its quotes and commas', () => {
    const csv = gradesCsv([submitted('=HYPERLINK("http://evil.example","x")', 0)]);
    expect(csv.split('\n')[1]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")","0","4","0","245",` +
        '"2024-01-25T09:00:00.000Z","2024-01-25T09:04:05.000Z"'
    );
  });

  test('neutralises a formula after a semicolon, for a spreadsheet whose list separator it is', () => {
    expect(gradesCsv([submitted('Ann;=1+1', 4)]).split('\n')[1]).toMatch(/^"Ann;'=1\+1","4","4","100",/);
  });

  test('quotes a name with a comma', () => {
    expect(gradesCsv([submitted('Karimi, Ali', 4)]).split('\n')[1]).toMatch(/^"Karimi, Ali","4","4","100",/);
  });

  test('leaves score, percent, time and end empty while an attempt is open', () => {
    const open = { ...submitted('Omid', 0), score: null, submittedAt: null, secondsTaken: null };
    expect(gradesCsv([open]).split('\n')[1]).toBe('"Omid","","4","","","2024-01-25T09:00:00.000Z",""');
  });

  test('rounds partial credit to two decimals', () => {
    expect(gradesCsv([{ ...submitted('Omid', 0), score: 1 / 3, maxScore: 3 }]).split('\n')[1]).toMatch(
      /^"Omid","0.33","3","11.11",/
    );
  });
});

describe('gradesCsv with points per question', () => {
  const open = {
    ...submitted('Omid', 0),
    attemptId: 'attempt-open',
    score: null,
    submittedAt: null,
    secondsTaken: null
  };
  const perQuestion = {
    questionIds: ['q-a', 'q-b', 'q-c'],
    points: new Map([
      [
        'attempt-Parisa',
        new Map<string, number | null>([
          ['q-a', 1],
          ['q-b', 2 / 3],
          ['q-c', null]
        ])
      ],
      [
        'attempt-open',
        new Map<string, number | null>([
          ['q-a', null],
          ['q-c', 1]
        ])
      ]
    ])
  };

  test('adds a column per question after the existing ones, with the points each attempt earned', () => {
    const [header, parisa] = gradesCsv([submitted('Parisa', 1.67)], perQuestion).split('\n');
    expect(header).toBe(
      `${bom}"Student","Score","Max score","Percent","Time taken (s)","Started at","Submitted at","Q1","Q2","Q3"`
    );
    // An unanswered question of a handed-in attempt scored 0; partial credit is rounded as the score is.
    expect(parisa).toBe(
      '"Parisa","1.67","4","41.75","245","2024-01-25T09:00:00.000Z","2024-01-25T09:04:05.000Z","1","0.67","0"'
    );
  });

  test('leaves a question the attempt did not draw, or has not answered yet, empty', () => {
    expect(gradesCsv([open], perQuestion).split('\n')[1]).toBe(
      '"Omid","","4","","","2024-01-25T09:00:00.000Z","","","","1"'
    );
  });
});

describe('gradesFileName', () => {
  test('names the file after the quiz', () => {
    expect(gradesFileName('Kerman: week 1')).toBe('kerman-week-1-grades.csv');
  });
});

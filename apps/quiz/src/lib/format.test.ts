import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDuration,
  formatExtraTime,
  formatPercent,
  formatSpan,
  formatTimeLeft,
  listNames,
  quizTerms,
  verdictOf
} from './format';

describe('formatDate', () => {
  it('writes a full date in words', () => {
    expect(formatDate('2024-01-25')).toBe('January 25, 2024');
  });

  it('keeps a month-precision date to its month', () => {
    expect(formatDate('2023-10')).toBe('October 2023');
  });

  it('leaves a year alone', () => {
    expect(formatDate('2015')).toBe('2015');
  });
});

describe('listNames', () => {
  it('joins three names with commas and "and"', () => {
    expect(listNames(['Michael R. Gordon', 'Vivian Salama', 'Warren P. Strobel'])).toBe(
      'Michael R. Gordon, Vivian Salama and Warren P. Strobel'
    );
  });

  it('returns one name as it is', () => {
    expect(listNames(['Benoit Faucon'])).toBe('Benoit Faucon');
  });
});

describe('formatPercent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(formatPercent(2 / 3)).toBe('67%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('formatDuration', () => {
  it('gives seconds alone under a minute', () => {
    expect(formatDuration(45)).toBe('45 s');
  });

  it('pads the seconds after whole minutes', () => {
    expect(formatDuration(245)).toBe('4 min 05 s');
  });
});

describe('quizTerms', () => {
  it('promises the questions to answer, the time, the feedback and the attempts', () => {
    expect(
      quizTerms({ questionCount: 8, timeLimitMinutes: 15, feedback: 'end', attemptsAllowed: null })
    ).toEqual([
      '8 questions to answer',
      '15 minutes once you start',
      'You see the right answers when you hand in',
      'As many attempts as you like'
    ]);
  });

  it('counts one of a thing in the singular and says when there is no limit or feedback', () => {
    expect(
      quizTerms({ questionCount: 1, timeLimitMinutes: 1, feedback: 'never', attemptsAllowed: 1 })
    ).toEqual([
      '1 question to answer',
      '1 minute once you start',
      'You see your score when you hand in; your teacher goes over the answers',
      '1 attempt allowed'
    ]);
    expect(
      quizTerms({ questionCount: 3, timeLimitMinutes: null, feedback: 'immediate', attemptsAllowed: 2 })
    ).toEqual([
      '3 questions to answer',
      'No time limit',
      'You see if each answer is right as soon as you give it',
      '2 attempts allowed'
    ]);
  });
});

describe('verdictOf', () => {
  it('gives partly right a mark and words of its own, apart from wrong', () => {
    const answered = { yourAnswer: ['Iran'] };
    expect(verdictOf({ ...answered, correct: true, score: 1 })).toEqual({
      kind: 'right',
      mark: '✓',
      words: 'Right'
    });
    expect(verdictOf({ ...answered, correct: false, score: 0.5 })).toEqual({
      kind: 'partly',
      mark: '◐',
      words: 'Partly right'
    });
    expect(verdictOf({ ...answered, correct: false, score: 0 })).toEqual({
      kind: 'wrong',
      mark: '✗',
      words: 'Not quite'
    });
    expect(verdictOf({ correct: false, score: 0, yourAnswer: [] })).toMatchObject({ kind: 'unanswered' });
  });
});

describe('formatTimeLeft', () => {
  it('says the minutes left, rounded down, with no clock time', () => {
    expect(formatTimeLeft(12 * 60 + 59)).toBe('About 12 minutes left when this page loaded.');
    expect(formatTimeLeft(60)).toBe('About 1 minute left when this page loaded.');
  });

  it('says hours and minutes for a long quiz', () => {
    expect(formatTimeLeft(3600)).toBe('About 1 hour left when this page loaded.');
    expect(formatTimeLeft(2 * 3600 + 5 * 60)).toBe('About 2 hours 5 minutes left when this page loaded.');
  });

  it('says less than a minute, then none', () => {
    expect(formatTimeLeft(59)).toBe('Less than a minute was left when this page loaded.');
    expect(formatTimeLeft(0)).toBe('No time was left when this page loaded.');
  });
});

describe('formatSpan', () => {
  it('says hours, minutes and seconds, leaving out the units that are 0', () => {
    expect(formatSpan(15 * 60)).toBe('15 minutes');
    expect(formatSpan(22 * 60 + 30)).toBe('22 minutes 30 seconds');
    expect(formatSpan(3600 + 60)).toBe('1 hour 1 minute');
    expect(formatSpan(1)).toBe('1 second');
    expect(formatSpan(0)).toBe('0 seconds');
  });
});

describe('formatExtraTime', () => {
  it('says the share of the time limit, the minutes, or both', () => {
    expect(formatExtraTime({ percent: 50, minutes: 0 })).toBe('+50% of the time limit');
    expect(formatExtraTime({ percent: 0, minutes: 1 })).toBe('+1 minute');
    expect(formatExtraTime({ percent: 25, minutes: 10 })).toBe('+25% of the time limit and 10 minutes');
  });
});

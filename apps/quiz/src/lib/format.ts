const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "2024-01-25" as "January 25, 2024"; partial dates keep only what they know. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined) return isoDate;
  if (day === undefined) {
    return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, 1))
    );
  }
  return longDate.format(new Date(Date.UTC(year, month - 1, day)));
}

/** ["A", "B", "C"] as "A, B and C", the article's own style. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A share from 0 to 1 as a whole percentage: 0.666 as "67%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A duration as a teacher reads it at a glance: "4 min 05 s", or "45 s" under a minute. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, '0')} s`;
}

/** What a class quiz holds for the student who joins it, as the join page promises it. */
export type QuizTerms = {
  /** The questions this student will answer: the draw, or every question when the set holds fewer. */
  questionCount: number;
  timeLimitMinutes: number | null;
  feedback: 'immediate' | 'end' | 'never';
  attemptsAllowed: number | null;
};

const feedbackPromise = {
  immediate: 'You see if each answer is right as soon as you give it',
  end: 'You see the right answers when you hand in',
  never: 'You see your score when you hand in; your teacher goes over the answers'
} satisfies Record<QuizTerms['feedback'], string>;

/** The join page's list of what the student gets: "8 questions", "15 minutes once you start", … */
export function quizTerms(terms: QuizTerms): string[] {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    `${plural(terms.questionCount, 'question')} to answer`,
    terms.timeLimitMinutes === null
      ? 'No time limit'
      : `${plural(terms.timeLimitMinutes, 'minute')} once you start`,
    feedbackPromise[terms.feedback],
    terms.attemptsAllowed === null
      ? 'As many attempts as you like'
      : `${plural(terms.attemptsAllowed, 'attempt')} allowed`
  ];
}

export type Verdict = { kind: 'right' | 'partly' | 'wrong' | 'unanswered'; mark: string; words: string };

/**
 * An answer's verdict, each with its own mark and words (and, on the page, its own colour), so that none
 * rests on colour alone and "partly right" never reads as wrong.
 */
export function verdictOf(feedback: { correct: boolean; score: number; yourAnswer: string[] }): Verdict {
  if (feedback.correct) return { kind: 'right', mark: '✓', words: 'Right' };
  if (feedback.yourAnswer.length === 0) return { kind: 'unanswered', mark: '–', words: 'Not answered' };
  if (feedback.score > 0) return { kind: 'partly', mark: '◐', words: 'Partly right' };
  return { kind: 'wrong', mark: '✗', words: 'Not quite' };
}

/**
 * Time left on a quiz as a page without JavaScript can say it: no clock time, which would be in the
 * server's time zone. Rounded down, so that a student is never told there is more time than there is.
 */
export function formatTimeLeft(seconds: number): string {
  if (seconds <= 0) return 'No time was left when this page loaded.';
  if (seconds < 60) return 'Less than a minute was left when this page loaded.';
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  const parts = [
    hours > 0 ? plural(hours, 'hour') : '',
    minutes % 60 > 0 ? plural(minutes % 60, 'minute') : ''
  ]
    .filter(Boolean)
    .join(' ');
  return `About ${parts} left when this page loaded.`;
}

/** A span of time in words, to the second: "15 minutes", "22 minutes 30 seconds", "1 hour 5 minutes". */
export function formatSpan(seconds: number): string {
  const plural = (count: number, unit: string) =>
    count > 0 ? `${count} ${unit}${count === 1 ? '' : 's'}` : '';
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const parts = [plural(hours, 'hour'), plural(minutes, 'minute'), plural(whole % 60, 'second')];
  return parts.filter(Boolean).join(' ') || '0 seconds';
}

/** Extra time as the teacher gave it: "+50% of the time limit", "+5 minutes". */
export function formatExtraTime(extra: { percent: number; minutes: number }): string {
  const parts = [
    extra.percent > 0 ? `${extra.percent}% of the time limit` : '',
    extra.minutes > 0 ? `${extra.minutes} minute${extra.minutes === 1 ? '' : 's'}` : ''
  ];
  return `+${parts.filter(Boolean).join(' and ')}`;
}

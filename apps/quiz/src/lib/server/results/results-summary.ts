import type { StudentResult } from '@newsquiz/db';

export type ResultsSummary = {
  handedIn: number;
  /** Attempts started and not handed in yet. */
  working: number;
  /** Shares of the maximum, 0..1, over handed-in attempts; null before the first hand-in. */
  mean: number | null;
  median: number | null;
};

const share = (score: number, maxScore: number) => (maxScore === 0 ? 0 : score / maxScore);

export function summariseResults(results: StudentResult[]): ResultsSummary {
  const shares = results
    .flatMap((result) => (result.score === null ? [] : [share(result.score, result.maxScore)]))
    .sort((a, b) => a - b);
  const middle = Math.floor(shares.length / 2);
  return {
    handedIn: shares.length,
    working: results.length - shares.length,
    mean: shares.length === 0 ? null : shares.reduce((total, value) => total + value, 0) / shares.length,
    median:
      shares.length === 0
        ? null
        : shares.length % 2 === 1
          ? shares[middle]!
          : (shares[middle - 1]! + shares[middle]!) / 2
  };
}

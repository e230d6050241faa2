/** One submitted attempt as item analysis sees it: its total and what it scored on each question it drew. */
export type ScoredAttempt = { score: number; items: Map<string, { points: number; maxPoints: number }> };

export type ItemStatistics = {
  /** Attempts that drew the question. */
  seen: number;
  /** Share of those attempts that earned the question's full points, 0..1; null when none drew it. */
  facility: number | null;
  /**
   * Point-biserial correlation of getting the question right with the rest of the score (the total
   * without this question, so that an item does not correlate with itself); null below 2 attempts
   * or when every attempt scored the same.
   */
  discrimination: number | null;
  flags: ItemFlag[];
};

export type ItemFlag = 'too-easy' | 'too-hard' | 'not-discriminating';

// Common classroom thresholds for item analysis; with fewer attempts than this the flags are noise.
const minimumAttemptsForFlags = 5;
const easyFacility = 0.9;
const hardFacility = 0.3;
const weakDiscrimination = 0.2;

export function itemStatistics(questionId: string, attempts: ScoredAttempt[]): ItemStatistics {
  const observations = attempts.flatMap((attempt) => {
    const item = attempt.items.get(questionId);
    if (!item) return [];
    return [{ right: item.points >= item.maxPoints ? 1 : 0, rest: attempt.score - item.points }];
  });
  const seen = observations.length;
  const facility = seen === 0 ? null : observations.reduce((total, o) => total + o.right, 0) / seen;
  const discrimination = pointBiserial(observations);
  const flags: ItemFlag[] = [];
  if (seen >= minimumAttemptsForFlags && facility !== null) {
    if (facility > easyFacility) flags.push('too-easy');
    if (facility < hardFacility) flags.push('too-hard');
    if (discrimination === null || discrimination < weakDiscrimination) flags.push('not-discriminating');
  }
  return { seen, facility, discrimination, flags };
}

function pointBiserial(observations: { right: number; rest: number }[]): number | null {
  const n = observations.length;
  if (n < 2) return null;
  const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
  const rest = observations.map((o) => o.rest);
  const restMean = mean(rest);
  const deviation = Math.sqrt(mean(rest.map((value) => (value - restMean) ** 2)));
  const right = observations.filter((o) => o.right === 1).map((o) => o.rest);
  const wrong = observations.filter((o) => o.right === 0).map((o) => o.rest);
  if (deviation === 0 || right.length === 0 || wrong.length === 0) return null;
  const p = right.length / n;
  return ((mean(right) - mean(wrong)) / deviation) * Math.sqrt(p * (1 - p));
}

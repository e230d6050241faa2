export type LatencySummary = { count: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

/** Nearest-rank percentile of ascending samples: the smallest sample at or above that share of them. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const rounded = (ms: number) => Math.round(ms * 10) / 10;

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: rounded(percentile(sorted, 0.5)),
    p95Ms: rounded(percentile(sorted, 0.95)),
    p99Ms: rounded(percentile(sorted, 0.99)),
    maxMs: rounded(sorted.at(-1) ?? Number.NaN)
  };
}

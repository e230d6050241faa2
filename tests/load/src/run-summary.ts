import { summarizeLatencies, type LatencySummary } from './latency-summary.ts';
import { steps, type FailureKind, type Step } from './load-metrics.ts';
import type { StudentRun } from './student-run.ts';

export type RunSummary = {
  students: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  answersPerSecond: number;
  latency: Record<Step, LatencySummary>;
  failedRequests: number;
  failuresByKind: Partial<Record<FailureKind, number>>;
  failuresByStep: Partial<Record<Step, number>>;
  /** When into the run the first and the last request failed, in seconds; null without failures. */
  failuresBetweenSeconds: [number, number] | null;
  failedStudents: string[];
};

/** The figures of a run of students, rounded for the table. */
export function summarizeRun(run: StudentRun): RunSummary {
  const { metrics, seconds } = run;
  return {
    students: run.records.length,
    seconds: Math.round(seconds * 10) / 10,
    requests: metrics.responses,
    requestsPerSecond: Math.round(metrics.responses / seconds),
    answersPerSecond: Math.round(metrics.answersAcknowledged / seconds),
    latency: Object.fromEntries(
      steps.map((step) => [step, summarizeLatencies(metrics.latencies[step])])
    ) as Record<Step, LatencySummary>,
    failedRequests: metrics.failures.length,
    failuresByKind: metrics.failuresBy('kind'),
    failuresByStep: metrics.failuresBy('step'),
    failuresBetweenSeconds:
      metrics.failures.length === 0
        ? null
        : [
            Math.round(Math.min(...metrics.failures.map((f) => f.atSeconds))),
            Math.round(Math.max(...metrics.failures.map((f) => f.atSeconds)))
          ],
    failedStudents: run.failedStudents
  };
}

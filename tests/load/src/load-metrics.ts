import { performance } from 'node:perf_hooks';

export const steps = ['join', 'page', 'answer', 'submit'] as const;
/** What a request was for: joining, viewing any page, answering a question, handing in. */
export type Step = (typeof steps)[number];

export type FailureKind = 'refused' | 'reset' | 'timeout' | 'server-error' | 'other';
export type RequestFailure = { step: Step; kind: FailureKind; message: string; atSeconds: number };

/** What a run's simulated browsers saw: latency of every answered request, every failed one. */
export class LoadMetrics {
  readonly latencies: Record<Step, number[]> = { join: [], page: [], answer: [], submit: [] };
  readonly failures: RequestFailure[] = [];
  answersAcknowledged = 0;
  readonly #startedAt = performance.now();

  /** Seconds since these metrics were made, which is when the run began. */
  elapsedSeconds(): number {
    return (performance.now() - this.#startedAt) / 1000;
  }

  get responses(): number {
    return steps.reduce((total, step) => total + this.latencies[step].length, 0);
  }

  failuresBy<K extends 'kind' | 'step'>(key: K): Partial<Record<RequestFailure[K], number>> {
    const counts: Partial<Record<RequestFailure[K], number>> = {};
    for (const failure of this.failures) counts[failure[key]] = (counts[failure[key]] ?? 0) + 1;
    return counts;
  }
}

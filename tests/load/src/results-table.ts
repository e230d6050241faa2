import type { FaultPhase } from './fault-phase.ts';
import type { LoadPhase } from './load-phase.ts';
import { steps } from './load-metrics.ts';
import type { Reconciliation } from './reconcile.ts';
import { speedRatioTarget } from './results-notes.ts';

export type DatabaseResults = { database: string; load: LoadPhase; fault: FaultPhase };

const verdict = (r: Reconciliation) =>
  r.passed
    ? `passed: ${r.answersStored} of ${r.answersAcknowledged} answers`
    : `FAILED: ${r.problems.length} problems`;

const counts = (byName: Partial<Record<string, number>>) =>
  Object.entries(byName)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

const failures = (phase: LoadPhase | FaultPhase) => {
  if (!phase.failuresBetweenSeconds) return '0';
  const [from, to] = phase.failuresBetweenSeconds;
  return `${phase.failedRequests}: ${counts(phase.failuresByKind)}; ${counts(phase.failuresByStep)}; at ${from}-${to} s`;
};

const handedIn = (r: Reconciliation) => `${r.attemptsHandedIn} of ${r.attemptsStored}`;

/** One row per figure, one column per database, for console.table. */
export function resultsTable(results: DatabaseResults[]): Record<string, Record<string, string | number>> {
  const figures: [string, (r: DatabaseResults) => string | number][] = [
    ['load: students', (r) => r.load.students],
    ['load: seconds', (r) => r.load.seconds],
    ['load: requests/s', (r) => r.load.requestsPerSecond],
    ['load: answers/s', (r) => r.load.answersPerSecond],
    ...steps.map((step): [string, (r: DatabaseResults) => string] => [
      `load: ${step} p50/p95/p99 ms`,
      (r) => {
        const l = r.load.latency[step];
        return `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms}`;
      }
    ]),
    ['load: failed requests', (r) => failures(r.load)],
    ['load: students not finished', (r) => r.load.failedStudents.length],
    ['load: attempts handed in', (r) => handedIn(r.load.reconciliation)],
    ['load: joins stored, not acknowledged', (r) => r.load.reconciliation.unacknowledgedJoins],
    ['load: reconciliation', (r) => verdict(r.load.reconciliation)],
    ['fault: students', (r) => r.fault.students],
    ['fault: killed after answers', (r) => r.fault.killedAfterAnswers],
    ['fault: outage ms (kill to healthy)', (r) => r.fault.outageMs],
    ['fault: failed requests', (r) => failures(r.fault)],
    ['fault: students not finished', (r) => r.fault.failedStudents.length],
    ['fault: attempts handed in', (r) => handedIn(r.fault.reconciliation)],
    ['fault: joins stored, not acknowledged', (r) => r.fault.reconciliation.unacknowledgedJoins],
    ['fault: reconciliation', (r) => verdict(r.fault.reconciliation)],
    ['speed: app question page req/s', (r) => r.load.speed.appRequestsPerSecond],
    ['speed: bare node:http req/s', (r) => r.load.speed.bareRequestsPerSecond],
    [`speed: ratio (target >= ${speedRatioTarget})`, (r) => r.load.speed.ratio],
    ['server log lines with "error"', (r) => r.load.serverErrorLines.length + r.fault.serverErrorLines.length]
  ];
  return Object.fromEntries(
    figures.map(([figure, value]) => [figure, Object.fromEntries(results.map((r) => [r.database, value(r)]))])
  );
}

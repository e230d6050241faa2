import type { FaultPhase } from './fault-phase.ts';
import type { ClassroomPhase, LoadPhase } from './load-phase.ts';
import { steps } from './load-metrics.ts';
import type { Reconciliation } from './reconcile.ts';
import { speedRatioTarget } from './results-notes.ts';

export type DatabaseResults = {
  database: string;
  classroom: ClassroomPhase[];
  load: LoadPhase;
  fault: FaultPhase;
};

const verdict = (r: Reconciliation) =>
  r.passed
    ? `passed: ${r.answersStored} of ${r.answersAcknowledged} answers`
    : `FAILED: ${r.problems.length} problems`;

const counts = (byName: Partial<Record<string, number>>) =>
  Object.entries(byName)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

const failures = (phase: ClassroomPhase | LoadPhase | FaultPhase) => {
  if (!phase.failuresBetweenSeconds) return '0';
  const [from, to] = phase.failuresBetweenSeconds;
  return `${phase.failedRequests}: ${counts(phase.failuresByKind)}; ${counts(phase.failuresByStep)}; at ${from}-${to} s`;
};

const handedIn = (r: Reconciliation) => `${r.attemptsHandedIn} of ${r.attemptsStored}`;

/** The classroom runs' figures: one block of rows per class size. */
function classroomFigures(results: DatabaseResults[]): [string, (r: DatabaseResults) => string | number][] {
  const sizes = results[0]?.classroom.map((phase) => phase.students) ?? [];
  return sizes.flatMap((size, index) => {
    const label = `classroom ${size} (2-5 s between requests)`;
    const phase = (r: DatabaseResults) => r.classroom[index]!;
    return [
      ...steps.map((step): [string, (r: DatabaseResults) => string] => [
        `${label}: ${step} p50/p99/max ms`,
        (r) => {
          const l = phase(r).latency[step];
          return `${l.p50Ms} / ${l.p99Ms} / ${l.maxMs}`;
        }
      ]),
      [`${label}: failed requests`, (r) => failures(phase(r))],
      [`${label}: reconciliation`, (r) => verdict(phase(r).reconciliation)]
    ];
  });
}

/** One row per figure, one column per database, for console.table. */
export function resultsTable(results: DatabaseResults[]): Record<string, Record<string, string | number>> {
  const figures: [string, (r: DatabaseResults) => string | number][] = [
    ...classroomFigures(results),
    ['overload: students', (r) => r.load.students],
    ['overload: seconds', (r) => r.load.seconds],
    ['overload: requests/s', (r) => r.load.requestsPerSecond],
    ['overload: answers/s', (r) => r.load.answersPerSecond],
    ...steps.map((step): [string, (r: DatabaseResults) => string] => [
      `overload: ${step} p50/p95/p99 ms`,
      (r) => {
        const l = r.load.latency[step];
        return `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms}`;
      }
    ]),
    ['overload: failed requests', (r) => failures(r.load)],
    ['overload: students not finished', (r) => r.load.failedStudents.length],
    ['overload: attempts handed in', (r) => handedIn(r.load.reconciliation)],
    ['overload: joins stored, not acknowledged', (r) => r.load.reconciliation.unacknowledgedJoins],
    ['overload: reconciliation', (r) => verdict(r.load.reconciliation)],
    ['fault: students', (r) => r.fault.students],
    ['fault: killed after answers', (r) => r.fault.killedAfterAnswers],
    ['fault: outage ms (kill to healthy)', (r) => r.fault.outageMs],
    ['fault: failed requests', (r) => failures(r.fault)],
    ['fault: students not finished', (r) => r.fault.failedStudents.length],
    ['fault: attempts handed in', (r) => handedIn(r.fault.reconciliation)],
    ['fault: joins stored, not acknowledged', (r) => r.fault.reconciliation.unacknowledgedJoins],
    ['fault: reconciliation', (r) => verdict(r.fault.reconciliation)],
    ['speed: app question page req/s', (r) => r.load.speed?.appRequestsPerSecond ?? 'not measured'],
    ['speed: bare node:http req/s', (r) => r.load.speed?.bareRequestsPerSecond ?? 'not measured'],
    [`speed: ratio (target >= ${speedRatioTarget})`, (r) => r.load.speed?.ratio ?? 'not measured'],
    [
      'server log lines with "error"',
      (r) =>
        r.classroom.reduce((total, phase) => total + phase.serverErrorLines.length, 0) +
        r.load.serverErrorLines.length +
        r.fault.serverErrorLines.length
    ]
  ];
  return Object.fromEntries(
    figures.map(([figure, value]) => [figure, Object.fromEntries(results.map((r) => [r.database, value(r)]))])
  );
}

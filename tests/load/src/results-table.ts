import type { FaultPhase } from './fault-phase.ts';
import type { LivePhase } from './live-phase.ts';
import type { ClassroomPhase, LoadPhase } from './load-phase.ts';
import { steps } from './load-metrics.ts';
import type { Reconciliation } from './reconcile.ts';
import type { RunSummary } from './run-summary.ts';
import { serverErrorLines } from './results-notes.ts';
import type { TwoProcessPhase } from './two-process-phase.ts';

/** Each database's phases; a phase not run (LOAD_PHASES, or two processes on PGlite) is null. */
export type DatabaseResults = {
  database: string;
  classroom: ClassroomPhase[];
  load: LoadPhase | null;
  fault: FaultPhase | null;
  twoProcess: TwoProcessPhase | null;
  /** The live sessions run on this database: one process, two, two with one killed. */
  live: LivePhase[];
};

type Figure = [string, (r: DatabaseResults) => string | number];

/** A figure of a phase that may not have run: "not run" then. */
const of =
  <P>(phase: (r: DatabaseResults) => P | null, value: (phase: P) => string | number) =>
  (r: DatabaseResults) => {
    const ran = phase(r);
    return ran === null ? 'not run' : value(ran);
  };
const overload = (r: DatabaseResults) => r.load;
const fault = (r: DatabaseResults) => r.fault;
const twoProcess = (r: DatabaseResults) => r.twoProcess;

const verdict = (r: Reconciliation) =>
  r.passed
    ? `passed: ${r.answersStored} of ${r.answersAcknowledged} answers`
    : `FAILED: ${r.problems.length} problems`;

const counts = (byName: Partial<Record<string, number>>) =>
  Object.entries(byName)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

const failures = (phase: ClassroomPhase | LoadPhase | FaultPhase | TwoProcessPhase | LivePhase) => {
  if (!phase.failuresBetweenSeconds) return '0';
  const [from, to] = phase.failuresBetweenSeconds;
  return `${phase.failedRequests}: ${counts(phase.failuresByKind)}; ${counts(phase.failuresByStep)}; at ${from}-${to} s`;
};

const handedIn = (r: Reconciliation) => `${r.attemptsHandedIn} of ${r.attemptsStored}`;

/** The classroom runs' figures: one block of rows per class size. */
function classroomFigures(results: DatabaseResults[]): Figure[] {
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

const spread = (l: { p50Ms: number; p95Ms: number; p99Ms: number }) => `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms}`;

/** The live sessions' figures, one block per kind of run; a database without that run shows "not run". */
function liveFigures(results: DatabaseResults[]): Figure[] {
  const kinds = [
    { label: 'live, one process', matches: (p: LivePhase) => p.processes === 1 },
    { label: 'live, two processes', matches: (p: LivePhase) => p.processes === 2 && !p.killedAfterQuestion },
    { label: 'live, two processes, one killed', matches: (p: LivePhase) => p.killedAfterQuestion !== null }
  ];
  return kinds
    .filter(({ matches }) => results.some((r) => r.live.some(matches)))
    .flatMap(({ label, matches }): Figure[] => {
      const phase = (r: DatabaseResults) => r.live.find(matches) ?? null;
      return [
        [`${label}: students, questions`, of(phase, (p) => `${p.students}, ${p.questions}`)],
        [`${label}: open to seen p50/p95/p99 ms`, of(phase, (p) => spread(p.openToSeen))],
        [
          `${label}: open to seen, first question after the kill, p50/p95/p99 ms`,
          of(phase, (p) => (p.openToSeenAfterKill ? spread(p.openToSeenAfterKill) : 'no kill'))
        ],
        [`${label}: questions never seen open (of students x questions)`, of(phase, (p) => p.unseen)],
        [`${label}: page p50/p95/p99 ms`, of(phase, (p) => spread(p.latency.page))],
        [`${label}: answer p50/p95/p99 ms`, of(phase, (p) => spread(p.latency.answer))],
        [`${label}: teacher's moves p50/p95/p99 ms`, of(phase, (p) => spread(p.teacherMoves))],
        [`${label}: presenter loads p50/p95/p99 ms`, of(phase, (p) => spread(p.presenterLoads))],
        [`${label}: answers refused as too late`, of(phase, (p) => p.answersTooLate)],
        [
          `${label}: event streams lost, students moved`,
          of(phase, (p) => `${p.streamsLost}, ${p.movedStudents}`)
        ],
        [`${label}: failed requests`, of(phase, failures)],
        [`${label}: students not finished`, of(phase, (p) => p.failedStudents.length)],
        [`${label}: attempts handed in`, of(phase, (p) => handedIn(p.reconciliation))],
        [`${label}: reconciliation`, of(phase, (p) => verdict(p.reconciliation))]
      ];
    });
}

/** One row per figure, one column per database, for console.table. */
export function resultsTable(results: DatabaseResults[]): Record<string, Record<string, string | number>> {
  const percentiles = (phase: (r: DatabaseResults) => RunSummary | null, label: string): Figure[] =>
    steps.map((step) => [
      `${label}: ${step} p50/p95/p99 ms`,
      of(phase, (p) => {
        const l = p.latency[step];
        return `${l.p50Ms} / ${l.p95Ms} / ${l.p99Ms}`;
      })
    ]);
  const figures: Figure[] = [
    ...classroomFigures(results),
    ['overload: students', of(overload, (p) => p.students)],
    ['overload: seconds', of(overload, (p) => p.seconds)],
    ['overload: requests/s', of(overload, (p) => p.requestsPerSecond)],
    ['overload: answers/s', of(overload, (p) => p.answersPerSecond)],
    ...percentiles(overload, 'overload'),
    ['overload: failed requests', of(overload, failures)],
    ['overload: students not finished', of(overload, (p) => p.failedStudents.length)],
    ['overload: attempts handed in', of(overload, (p) => handedIn(p.reconciliation))],
    ['overload: joins stored, not acknowledged', of(overload, (p) => p.reconciliation.unacknowledgedJoins)],
    ['overload: reconciliation', of(overload, (p) => verdict(p.reconciliation))],
    ['fault: students', of(fault, (p) => p.students)],
    ['fault: killed after answers', of(fault, (p) => p.killedAfterAnswers)],
    ['fault: outage ms (kill to healthy)', of(fault, (p) => p.outageMs)],
    ['fault: failed requests', of(fault, failures)],
    ['fault: students not finished', of(fault, (p) => p.failedStudents.length)],
    ['fault: attempts handed in', of(fault, (p) => handedIn(p.reconciliation))],
    ['fault: joins stored, not acknowledged', of(fault, (p) => p.reconciliation.unacknowledgedJoins)],
    ['fault: reconciliation', of(fault, (p) => verdict(p.reconciliation))],
    ['two processes: students (2-5 s between requests)', of(twoProcess, (p) => p.students)],
    ['two processes: one killed after answers', of(twoProcess, (p) => p.killedAfterAnswers)],
    ['two processes: students moved to the other', of(twoProcess, (p) => p.movedStudents)],
    ...percentiles(twoProcess, 'two processes'),
    ['two processes: failed requests', of(twoProcess, failures)],
    ['two processes: students not finished', of(twoProcess, (p) => p.failedStudents.length)],
    ['two processes: attempts handed in', of(twoProcess, (p) => handedIn(p.reconciliation))],
    ['two processes: reconciliation', of(twoProcess, (p) => verdict(p.reconciliation))],
    ...liveFigures(results),
    ['speed: app question page req/s', (r) => r.load?.speed?.appRequestsPerSecond ?? 'not measured'],
    ['speed: bare node:http req/s', (r) => r.load?.speed?.bareRequestsPerSecond ?? 'not measured'],
    [
      'speed: ratio to bare node:http (a figure; the target is in pnpm bench)',
      (r) => r.load?.speed?.ratio ?? 'not measured'
    ],
    ['server log lines with "error"', (r) => serverErrorLines(r).length]
  ];
  return Object.fromEntries(
    figures.map(([figure, value]) => [figure, Object.fromEntries(results.map((r) => [r.database, value(r)]))])
  );
}

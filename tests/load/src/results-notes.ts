import type { DatabaseResults } from './results-table.ts';

/** A question the teacher opens is on every student's screen within this, at the 99th percentile. */
export const openToSeenTargetMs = 1_000;

/** Every line with "error" the app servers of a database's phases logged. */
export const serverErrorLines = (r: DatabaseResults) => [
  ...r.classroom.flatMap((phase) => phase.serverErrorLines),
  ...(r.load?.serverErrorLines ?? []),
  ...(r.fault?.serverErrorLines ?? []),
  ...(r.twoProcess?.serverErrorLines ?? []),
  ...r.live.flatMap((phase) => phase.serverErrorLines)
];

/**
 * What the table cannot say: `problems` (a lost or wrong answer, a student who could not finish) fail the
 * bench; `notes` are findings to read (open attempts from unacknowledged joins, server errors, a slow page).
 */
export function resultsNotes(results: DatabaseResults[]): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  for (const result of results) {
    const { database, classroom, load, fault, twoProcess, live } = result;
    const phases = [
      ...classroom.map((run) => [`classroom ${run.students}`, run] as const),
      ['overload', load] as const,
      ['fault', fault] as const,
      ['two-process', twoProcess] as const,
      ...live.map(
        (run) =>
          [
            `live (${run.processes} app ${run.processes === 1 ? 'process' : 'processes'}${run.killedAfterQuestion ? ', one killed' : ''})`,
            run
          ] as const
      )
    ];
    for (const [phase, figures] of phases) {
      if (figures === null) continue;
      const failures = [...figures.failedStudents, ...figures.reconciliation.problems];
      if (failures.length > 0) {
        problems.push(`${database} ${phase} run: ${failures.length} problems, the first 20:`);
        problems.push(...failures.slice(0, 20).map((failure) => `  ${failure}`));
      }
      const joins = figures.reconciliation.unacknowledgedJoins;
      if (joins > 0) {
        notes.push(
          `${database} ${phase} run: ${joins} attempts were stored though their join was never acknowledged ` +
            '(the request timed out or was cut); those students joined again, so these attempts stay open and empty.'
        );
      }
    }
    const errorLines = serverErrorLines(result);
    if (errorLines.length > 0) {
      notes.push(`${database}: the server logged ${errorLines.length} lines with "error", the first 5:`);
      notes.push(...errorLines.slice(0, 5).map((line) => `  ${line.slice(0, 300)}`));
    }
    for (const run of live) {
      const where = `${database} live (${run.students} students, ${run.processes} app processes${run.killedAfterQuestion ? ', one killed' : ''})`;
      if (run.openToSeen.p99Ms >= openToSeenTargetMs)
        notes.push(
          `${where}: open to seen p99 ${run.openToSeen.p99Ms} ms, over the ${openToSeenTargetMs} ms goal.`
        );
      if (run.unseen > 0)
        notes.push(
          `${where}: ${run.unseen} times a student's page never showed a question while it was open.`
        );
    }
    if (load?.speedProblem) notes.push(`${database}: speed ratio not measured: ${load.speedProblem}`);
  }
  return { problems, notes };
}

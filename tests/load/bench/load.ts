// `pnpm bench:load`: the built app under classes of 30, 100 and 300 students as a class works (2-5 s
// between requests), then under the overload profile (100-600 ms, about 7 times a class), on PGlite and
// (with TEST_DATABASE_URL) PostgreSQL; the same with a crash in the middle, and the app's question page
// against a bare node:http server; on PostgreSQL, a class spread over two app processes, one killed halfway;
// a live session led by the teacher (30 students on PGlite's one process; 300 over two processes on
// PostgreSQL, then again with one killed halfway).
// LOAD_PHASES picks phases. Prints one table, writes bench/results/load.json, exits 1 when a reconciliation
// fails or a student could not finish.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readLoadEnv } from '../src/env.ts';
import { runFaultPhase } from '../src/fault-phase.ts';
import { arrivalGapMs, questionCount, runClassroomPhase, runLoadPhase } from '../src/load-phase.ts';
import { steps } from '../src/load-metrics.ts';
import { resultsNotes } from '../src/results-notes.ts';
import { resultsTable, type DatabaseResults } from '../src/results-table.ts';
import { databaseTargets } from '../src/scratch-database.ts';
import { thinkTimes } from '../src/student.ts';
import { runLivePhase } from '../src/live-phase.ts';
import { runTwoProcessPhase } from '../src/two-process-phase.ts';

const env = readLoadEnv();
const targets = databaseTargets(env.postgresServerUrl);
if (targets.length === 1) console.log('PostgreSQL not measured: set TEST_DATABASE_URL to include it.\n');

const results: DatabaseResults[] = [];
for (const target of targets) {
  const classroom = [];
  for (const students of env.phases.has('classroom') ? env.classroomStudents : []) {
    console.log(`${target.kind}: classroom, ${students} students, 2-5 s between requests…`);
    const phase = await runClassroomPhase(target, { students });
    classroom.push(phase);
    // Each class as it ends, so that a run cut short still tells what it measured.
    const p99 = steps.map((step) => `${step} ${phase.latency[step].p99Ms}`).join(', ');
    console.log(
      `  p99 ms: ${p99}; failed requests ${phase.failedRequests}; reconciliation ${phase.reconciliation.passed ? 'passed' : 'FAILED'}`
    );
  }
  let load = null;
  if (env.phases.has('overload')) {
    console.log(`${target.kind}: speed ratio, then overload, ${env.students} students…`);
    load = await runLoadPhase(target, {
      students: env.students,
      speedSeconds: env.speedSeconds,
      speedConnections: env.speedConnections
    });
  }
  let fault = null;
  if (env.phases.has('fault')) {
    console.log(`${target.kind}: ${env.faultStudents} students with the server killed halfway…`);
    fault = await runFaultPhase(target, { students: env.faultStudents });
  }
  let twoProcess = null;
  // PGlite is one process's database: only PostgreSQL is shared by several.
  if (env.phases.has('two-process') && target.kind === 'postgres') {
    console.log(
      `${target.kind}: ${env.twoProcessStudents} students over two app processes, one killed halfway…`
    );
    twoProcess = await runTwoProcessPhase(target, { students: env.twoProcessStudents });
  }
  const live = [];
  if (env.phases.has('live')) {
    const students = env.liveStudents[target.kind];
    // PGlite is one process's database; on PostgreSQL, two processes, then again with one killed.
    const runs =
      target.kind === 'postgres'
        ? [
            { processes: 2, kill: false },
            { processes: 2, kill: true }
          ]
        : [{ processes: 1, kill: false }];
    for (const run of runs) {
      console.log(
        `${target.kind}: live session, ${students} students, ${run.processes} app processes${run.kill ? ', one killed halfway' : ''}…`
      );
      const phase = await runLivePhase(target, { students, ...run });
      live.push(phase);
      const seen = phase.openToSeen;
      console.log(
        `  open to seen p50/p95/p99 ms: ${seen.p50Ms} / ${seen.p95Ms} / ${seen.p99Ms}; reconciliation ${phase.reconciliation.passed ? 'passed' : 'FAILED'}`
      );
    }
  }
  results.push({ database: target.kind, classroom, load, fault, twoProcess, live });
}

console.table(resultsTable(results));

const { problems, notes } = resultsNotes(results);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (problems.length > 0) console.error(`\n${problems.join('\n')}`);

const resultsDirectory = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(resultsDirectory, { recursive: true });
const settings = {
  classroomStudents: env.classroomStudents,
  students: env.students,
  faultStudents: env.faultStudents,
  twoProcessStudents: env.twoProcessStudents,
  liveStudents: env.liveStudents,
  phases: [...env.phases],
  questions: questionCount,
  thinkTimes,
  arrivalGapMs,
  speedSeconds: env.speedSeconds,
  speedConnections: env.speedConnections
};
writeFileSync(
  `${resultsDirectory}load.json`,
  `${JSON.stringify(
    { measuredAt: new Date().toISOString(), node: process.version, cpus: cpus().length, settings, results },
    null,
    2
  )}\n`
);
if (problems.length > 0) {
  console.error('\nLoad bench failed: see the problems above.');
  process.exit(1);
}

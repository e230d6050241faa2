import { z } from 'zod';

/** The phases of `pnpm bench:load`, in the order they run; LOAD_PHASES picks some. */
export const loadPhases = ['classroom', 'overload', 'fault', 'two-process', 'live'] as const;
export type LoadPhaseName = (typeof loadPhases)[number];
const phasesPattern = new RegExp(`^(${loadPhases.join('|')})(,(${loadPhases.join('|')}))*$`);

const count = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);
// An empty variable means unset, as a shell's `VAR= pnpm bench:load` intends.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

/** The one place the load bench reads the environment. */
export const LoadEnv = z
  .object({
    TEST_DATABASE_URL: z.preprocess(
      unsetIfEmpty,
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional()
    ),
    LOAD_CLASSROOM_STUDENTS: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^\d+(,\d+)*$/, 'must be class sizes separated by commas')
        .default('30,100,300')
        .transform((sizes) => sizes.split(',').map(Number))
    ),
    LOAD_STUDENTS: z.preprocess(unsetIfEmpty, count(300, 5000)),
    LOAD_FAULT_STUDENTS: z.preprocess(unsetIfEmpty, count(100, 5000)),
    LOAD_TWO_PROCESS_STUDENTS: z.preprocess(unsetIfEmpty, count(100, 5000)),
    LOAD_LIVE_STUDENTS: z.preprocess(unsetIfEmpty, count(300, 5000)),
    LOAD_LIVE_PGLITE_STUDENTS: z.preprocess(unsetIfEmpty, count(30, 5000)),
    LOAD_PHASES: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(phasesPattern, `must be phases separated by commas, of ${loadPhases.join(', ')}`)
        .default(loadPhases.join(','))
        .transform((phases) => new Set(phases.split(',') as LoadPhaseName[]))
    ),
    LOAD_SPEED_SECONDS: z.preprocess(unsetIfEmpty, count(10, 120)),
    LOAD_SPEED_CONNECTIONS: z.preprocess(unsetIfEmpty, count(20, 500))
  })
  .transform((env) => ({
    postgresServerUrl: env.TEST_DATABASE_URL,
    classroomStudents: env.LOAD_CLASSROOM_STUDENTS,
    students: env.LOAD_STUDENTS,
    faultStudents: env.LOAD_FAULT_STUDENTS,
    twoProcessStudents: env.LOAD_TWO_PROCESS_STUDENTS,
    liveStudents: { postgres: env.LOAD_LIVE_STUDENTS, pglite: env.LOAD_LIVE_PGLITE_STUDENTS },
    phases: env.LOAD_PHASES,
    speedSeconds: env.LOAD_SPEED_SECONDS,
    speedConnections: env.LOAD_SPEED_CONNECTIONS
  }));
export type LoadEnv = z.infer<typeof LoadEnv>;

export function readLoadEnv(env: NodeJS.ProcessEnv = process.env): LoadEnv {
  const result = LoadEnv.safeParse(env);
  if (!result.success)
    throw new Error(`Invalid environment for the load bench: ${z.prettifyError(result.error)}`);
  return result.data;
}

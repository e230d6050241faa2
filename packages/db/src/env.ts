import { z } from 'zod';

/** The one place the db package reads the environment. */
export const DatabaseEnv = z
  .object({
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    NEWSQUIZ_DATA_DIR: z.string().min(1).default('./.data/pglite')
  })
  .transform((env) => ({ databaseUrl: env.DATABASE_URL, dataDir: env.NEWSQUIZ_DATA_DIR }));
export type DatabaseEnv = z.infer<typeof DatabaseEnv>;

export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const result = DatabaseEnv.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The PostgreSQL server the tests and benchmarks also run against, when there is one. */
export function readTestDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const result = z
    .url({ protocol: /^postgres(ql)?$/, error: 'TEST_DATABASE_URL must be a postgres:// URL' })
    .optional()
    .safeParse(env.TEST_DATABASE_URL || undefined);
  if (!result.success) throw new Error(z.prettifyError(result.error));
  return result.data;
}

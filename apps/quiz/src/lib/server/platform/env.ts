import { z } from 'zod';

/** The one place the app reads its own environment (the database reads its own in @newsquiz/db). */
const AppEnv = z.object({
  NEWSQUIZ_ARTICLES_DIR: z
    .string()
    .min(1)
    .optional()
    .describe(
      'a folder of further articles, one folder each with its fact-base.json, beside the bundled ones'
    ),
  SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(100)
    .describe(
      'teacher sign-ups per client address per hour: more for a training day of a large staff, or for the ' +
        'browser tests, which sign up some two hundred teachers from one address'
    )
});

export function readAppEnv(env: NodeJS.ProcessEnv) {
  const result = AppEnv.safeParse(env);
  if (!result.success) throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  return {
    extraArticlesDirectory: result.data.NEWSQUIZ_ARTICLES_DIR,
    signUpsPerAddressPerHour: result.data.SIGNUPS_PER_ADDRESS_PER_HOUR
  };
}

export const appEnv = readAppEnv(process.env);

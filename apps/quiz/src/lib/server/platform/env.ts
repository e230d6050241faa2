import { z } from 'zod';

/** The one place the app reads its own environment (the database reads its own in @newsquiz/db). */
const AppEnv = z.object({
  NEWSQUIZ_ARTICLES_DIR: z
    .string()
    .min(1)
    .optional()
    .describe(
      'a folder of further articles, one folder each with its fact-base.json, beside the bundled ones'
    )
});

function readAppEnv(env: NodeJS.ProcessEnv) {
  const result = AppEnv.safeParse(env);
  if (!result.success) throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  return { extraArticlesDirectory: result.data.NEWSQUIZ_ARTICLES_DIR };
}

export const appEnv = readAppEnv(process.env);

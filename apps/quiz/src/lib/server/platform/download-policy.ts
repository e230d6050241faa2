import { createHash } from 'node:crypto';
import { formats, type FormatId, type QuestionBank } from '@newsquiz/question-bank';

/**
 * The Content-Security-Policy of every response that is not one of the app's pages (a download, a CSV,
 * JSON, a redirect): a document opened from it runs nothing, loads nothing, posts nowhere, is framed by no
 * one, and is sandboxed in an origin of its own.
 */
export const inertPolicy =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

const noQuestions: QuestionBank = {
  format: 'newsquiz-question-bank',
  version: 1,
  article: 'kerman-2024',
  title: 'No questions',
  questions: []
};

const policies = new Map<FormatId, Promise<string>>();

/**
 * The inert policy, with the inline stylesheets the format writes allowed by their hashes, so that a
 * printable worksheet opened in the browser keeps its look. The hashes come from the format's output for
 * no questions: the exporter's own stylesheet, never anything a quiz holds.
 */
export function downloadPolicy(format: FormatId): Promise<string> {
  let policy = policies.get(format);
  if (!policy) {
    policy = ownStyleHashes(format).then((hashes) =>
      hashes.length === 0 ? inertPolicy : `${inertPolicy}; style-src ${hashes.join(' ')}`
    );
    policies.set(format, policy);
  }
  return policy;
}

async function ownStyleHashes(format: FormatId): Promise<string[]> {
  const { body } = await formats[format].export(noQuestions);
  if (typeof body !== 'string') return [];
  const styles = [...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  return [...new Set(styles)].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

import type { HandleServerError } from '@sveltejs/kit';
import { loggedErrorCauses } from './limits';

/**
 * What the server logs of an error it did not expect: each error down the `cause` chain and the stack
 * frames, but never what a failed query was given. Drizzle writes a failed query's parameters (names,
 * answers, cookie tokens) into its error's message, which also heads the stack; and the database's own
 * messages quote the values they refuse, so of those only the SQLSTATE code and where they arose are kept.
 */
export function describeServerError(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < loggedErrorCauses && current !== undefined && current !== null; depth += 1) {
    lines.push(`${depth === 0 ? '' : 'caused by '}${describeOne(current)}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter(isStackFrame) : [];
  return [...lines, ...frames].join('\n');
}

const isStackFrame = (line: string) => /^\s+at /.test(line);

function describeOne(error: unknown): string {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return String(error);
  const fields = error as Record<string, unknown>;
  const name = typeof fields['name'] === 'string' ? fields['name'] : 'Error';
  // An error of the database, by its SQLSTATE code and where it arose.
  if (typeof fields['code'] === 'string' && /^[0-9A-Z]{5}$/.test(fields['code'])) {
    const where = ['routine', 'table', 'column', 'constraint']
      .filter((key) => typeof fields[key] === 'string' && fields[key] !== '')
      .map((key) => `${key} ${String(fields[key])}`);
    return `${name}: database error ${fields['code']}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  }
  // A failed query: its text holds placeholders, never values.
  if ('params' in fields && typeof fields['query'] === 'string')
    return `${name}: failed query: ${fields['query']}`;
  return `${name}: ${String(fields['message'] ?? '')}`;
}

/**
 * The handleError hook: one line naming the request, then the error as describeServerError tells it; a
 * page not found is the line alone, as SvelteKit's own hook logs it.
 */
export const logServerError: HandleServerError = ({ error, event, status }) => {
  const request = `[${status}] ${event.request.method} ${event.url.pathname}`;
  console.error(status === 404 ? request : `${request}\n${describeServerError(error)}`);
};

import {
  redirect,
  type Handle,
  type HandleServerError,
  type RequestEvent,
  type ServerInit
} from '@sveltejs/kit';
import { scheduleCleanUp } from '$lib/server/platform/cleanup';
import {
  answerDatabaseUnavailable,
  databaseUnavailableMessage,
  getDatabase,
  getDemoJoinCode,
  noteDatabaseUnavailable
} from '$lib/server/platform/database';
import { inertPolicy } from '$lib/server/platform/download-policy';
import { logServerError } from '$lib/server/platform/error-log';
import { guardFormReading } from '$lib/server/platform/form-body';
import { securityHeaders } from '$lib/server/platform/security-headers.js';
import { loginPath, publicTeacherPaths, teacherFromCookies } from '$lib/server/platform/teacher-session';

// Open, migrate and seed the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDemoJoinCode();
  scheduleCleanUp(getDatabase);
};

/**
 * The database and who is asking, for every page and action; and no teacher page for anyone else: each
 * teacher page and action checks again. A request that lost the database is answered 503 with Retry-After.
 */
export const handle: Handle = async ({ event, resolve }) => {
  // A form that cannot be read is the sender's 400, whichever action reads it.
  if (event.request.body) guardFormReading(event.request);
  let response: Response;
  try {
    event.locals.db = (await getDatabase()).db;
    event.locals.teacher = await teacherFromCookies(event.locals.db, event.cookies);
    const path = event.url.pathname;
    const teacherArea = path === '/teacher' || path.startsWith('/teacher/');
    if (teacherArea && !publicTeacherPaths.has(path) && !event.locals.teacher)
      redirect(303, loginPath(event.url));
    response = await resolve(event);
  } catch (failure) {
    // The session check runs before SvelteKit renders anything, so a failure there has no error page.
    if (!noteDatabaseUnavailable(event.locals, failure)) throw failure;
    warnDatabaseUnavailable(event, failure);
    response = new Response(databaseUnavailableMessage, {
      headers: { 'content-type': 'text/plain; charset=utf-8' }
    });
  }
  // An action refused before it read the form still reads it, so the browser gets the answer, not a reset.
  if (event.request.body && !event.request.bodyUsed) await event.request.arrayBuffer().catch(() => undefined);
  response = answerDatabaseUnavailable(event.locals, response);
  // The built server sets these on every response too (node-entry/server.js); here they reach `vite dev`.
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  // Pages have theirs from svelte.config.js; anything else (a download, JSON, a redirect) runs nothing.
  if (!response.headers.has('content-security-policy'))
    response.headers.set('content-security-policy', inertPolicy);
  return response;
};

/**
 * A lost database as one line, with a message to try again; any other unexpected error logged without the
 * values a failed query was given.
 */
export const handleError: HandleServerError = (input) => {
  if (noteDatabaseUnavailable(input.event.locals, input.error)) {
    warnDatabaseUnavailable(input.event, input.error);
    return { message: databaseUnavailableMessage };
  }
  return logServerError(input);
};

function warnDatabaseUnavailable(event: RequestEvent, error: unknown): void {
  const reason =
    error instanceof Error ? (error.cause instanceof Error ? error.cause : error).message : error;
  console.warn(
    `[503] ${event.request.method} ${event.url.pathname}: the database is unavailable (${String(reason)})`
  );
}

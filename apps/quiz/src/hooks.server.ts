import {
  redirect,
  type Handle,
  type HandleServerError,
  type RequestEvent,
  type ServerInit
} from '@sveltejs/kit';
import {
  answerDatabaseUnavailable,
  databaseUnavailableMessage,
  getDatabase,
  getDemoJoinCode,
  noteDatabaseUnavailable
} from '$lib/server/platform/database';
import { loginPath, publicTeacherPaths, teacherFromCookies } from '$lib/server/platform/teacher-session';

// Open, migrate and seed the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDemoJoinCode();
};

/** Sent with every page and file the app renders; the Content-Security-Policy comes from svelte.config.js. */
const securityHeaders = {
  'x-content-type-options': 'nosniff',
  // Join codes travel in links, so no address goes to another site.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

/**
 * The database and who is asking, for every page and action; and no teacher page for anyone else: each
 * teacher page and action checks again. A request that lost the database is answered 503 with Retry-After.
 */
export const handle: Handle = async ({ event, resolve }) => {
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
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
};

/** Unexpected errors logged as SvelteKit's own handler does; a lost database as one line, with a retry message. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (noteDatabaseUnavailable(event.locals, error)) {
    warnDatabaseUnavailable(event, error);
    return { message: databaseUnavailableMessage };
  }
  const stack = status === 404 ? '' : `\n${error instanceof Error ? error.stack : String(error)}`;
  console.error(`[${status}] ${event.request.method} ${event.url.pathname}${stack}`);
  return { message };
};

function warnDatabaseUnavailable(event: RequestEvent, error: unknown): void {
  const reason =
    error instanceof Error ? (error.cause instanceof Error ? error.cause : error).message : error;
  console.warn(
    `[503] ${event.request.method} ${event.url.pathname}: the database is unavailable (${String(reason)})`
  );
}

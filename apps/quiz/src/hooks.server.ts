import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { getDatabase, getDemoJoinCode } from '$lib/server/platform/database';
import { inertPolicy } from '$lib/server/platform/download-policy';
import { logServerError } from '$lib/server/platform/error-log';
import { FormReadingRequest } from '$lib/server/platform/form-body';
import { securityHeaders } from '$lib/server/platform/security-headers.js';
import { loginPath, publicTeacherPaths, teacherFromCookies } from '$lib/server/platform/teacher-session';

// Open, migrate and seed the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDemoJoinCode();
};

/** An unexpected error is logged without the values a failed query was given. */
export const handleError: HandleServerError = logServerError;

/**
 * The database and who is asking, for every page and action; and no teacher page for anyone else: each
 * teacher page and action checks again.
 */
export const handle: Handle = async ({ event, resolve }) => {
  // A form that cannot be read is the sender's 400, whichever action reads it.
  if (event.request.body) event.request = new FormReadingRequest(event.request);
  event.locals.db = (await getDatabase()).db;
  event.locals.teacher = await teacherFromCookies(event.locals.db, event.cookies);
  const path = event.url.pathname;
  const teacherArea = path === '/teacher' || path.startsWith('/teacher/');
  if (teacherArea && !publicTeacherPaths.has(path) && !event.locals.teacher)
    redirect(303, loginPath(event.url));
  const response = await resolve(event);
  // An action refused before it read the form still reads it, so the browser gets the answer, not a reset.
  if (event.request.body && !event.request.bodyUsed) await event.request.arrayBuffer().catch(() => undefined);
  // The built server sets these on every response too (node-entry/server.js); here they reach `vite dev`.
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  // Pages have theirs from svelte.config.js; anything else (a download, JSON, a redirect) runs nothing.
  if (!response.headers.has('content-security-policy'))
    response.headers.set('content-security-policy', inertPolicy);
  return response;
};

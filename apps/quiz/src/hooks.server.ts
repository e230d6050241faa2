import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { scheduleCleanUp } from '$lib/server/platform/cleanup';
import { getDatabase, getDemoJoinCode } from '$lib/server/platform/database';
import { loginPath, publicTeacherPaths, teacherFromCookies } from '$lib/server/platform/teacher-session';

// Open, migrate and seed the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDemoJoinCode();
  scheduleCleanUp(getDatabase);
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
 * teacher page and action checks again.
 */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.db = (await getDatabase()).db;
  event.locals.teacher = await teacherFromCookies(event.locals.db, event.cookies);
  const path = event.url.pathname;
  const teacherArea = path === '/teacher' || path.startsWith('/teacher/');
  if (teacherArea && !publicTeacherPaths.has(path) && !event.locals.teacher)
    redirect(303, loginPath(event.url));
  const response = await resolve(event);
  // An action refused before it read the form still reads it, so the browser gets the answer, not a reset.
  if (event.request.body && !event.request.bodyUsed) await event.request.arrayBuffer().catch(() => undefined);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
};

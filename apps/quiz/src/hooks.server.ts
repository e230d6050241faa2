import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { getDemoJoinCode } from '$lib/server/database';
import { loginPath, publicTeacherPaths, teacherFromCookies } from '$lib/server/teacher-session';

// Open, migrate and seed the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDemoJoinCode();
};

/** Who is asking, and no teacher page for anyone else; each teacher page and action checks again. */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.teacher = await teacherFromCookies(event.cookies);
  const path = event.url.pathname;
  const teacherArea = path === '/teacher' || path.startsWith('/teacher/');
  if (teacherArea && !publicTeacherPaths.has(path) && !event.locals.teacher)
    redirect(303, loginPath(event.url));
  return resolve(event);
};

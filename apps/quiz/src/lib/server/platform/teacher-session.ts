import { redirect, type Cookies } from '@sveltejs/kit';
import { createSession, deleteSession, verifySession, type Db, type Teacher } from '@newsquiz/db';

const sessionCookie = 'nq-session';

export async function teacherFromCookies(db: Db, cookies: Cookies): Promise<Teacher | null> {
  const token = cookies.get(sessionCookie);
  if (!token) return null;
  return verifySession(db, token);
}

export async function startTeacherSession(
  db: Db,
  cookies: Cookies,
  url: URL,
  teacherId: string
): Promise<void> {
  const { token, expiresAt } = await createSession(db, teacherId);
  cookies.set(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: expiresAt
  });
}

export async function endTeacherSession(db: Db, cookies: Cookies): Promise<void> {
  const token = cookies.get(sessionCookie);
  if (token) await deleteSession(db, token);
  cookies.delete(sessionCookie, { path: '/' });
}

/** Teacher pages anyone may open. */
export const publicTeacherPaths = new Set(['/teacher/login', '/teacher/signup']);

export const loginPath = (url: URL) => `/teacher/login?next=${encodeURIComponent(url.pathname)}`;

/** Where to go after logging in: only a teacher page of this site, never another site. */
export function nextPath(url: URL): string {
  const next = url.searchParams.get('next') ?? '';
  return /^\/teacher(\/[\w-]*)*$/.test(next) ? next : '/teacher';
}

/** Every teacher page and action calls this, on top of the check in hooks.server.ts. */
export function requireTeacher(locals: App.Locals, url: URL): Teacher {
  if (locals.teacher) return locals.teacher;
  redirect(303, loginPath(url));
}

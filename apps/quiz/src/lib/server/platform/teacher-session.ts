import { redirect, type Cookies } from '@sveltejs/kit';
import {
  createSession,
  deleteSession,
  trustBrowser,
  verifySession,
  type Db,
  type Teacher
} from '@newsquiz/db';
import { randomBytes } from 'node:crypto';

const sessionCookie = 'nq-session';
/** Marks a browser that has logged in to an account: it gets its own budget of log-in guesses. */
const browserCookie = 'nq-browser';

export const sessionToken = (cookies: Cookies) => cookies.get(sessionCookie);

export function browserToken(cookies: Cookies): string | undefined {
  const token = cookies.get(browserCookie);
  return token && /^[\w-]{22,64}$/.test(token) ? token : undefined;
}

export async function teacherFromCookies(db: Db, cookies: Cookies): Promise<Teacher | null> {
  const token = sessionToken(cookies);
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
  const browser = browserToken(cookies) ?? randomBytes(32).toString('base64url');
  await trustBrowser(db, { teacherId, browserToken: browser });
  cookies.set(browserCookie, browser, {
    path: '/teacher',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 60 * 60 * 24 * 365
  });
}

export async function endTeacherSession(db: Db, cookies: Cookies): Promise<void> {
  const token = sessionToken(cookies);
  if (token) await deleteSession(db, token);
  forgetSessionCookie(cookies);
}

/** Drops the session cookie of a session the database has already ended. */
export function forgetSessionCookie(cookies: Cookies): void {
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

import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client.ts';
import { sessions, teachers } from './schema.ts';
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.ts';
import { parseInput, StorageError } from './storage-error.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an email address' }));

export const NewTeacher = z.object({
  email: Email,
  displayName: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  password: z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters')
});
export type NewTeacher = z.input<typeof NewTeacher>;

export type Teacher = { id: string; email: string; displayName: string; createdAt: Date };

const teacherColumns = {
  id: teachers.id,
  email: teachers.email,
  displayName: teachers.displayName,
  createdAt: teachers.createdAt
};

export async function createTeacher(db: Db, input: NewTeacher): Promise<Teacher> {
  const { email, displayName, password } = parseInput(NewTeacher, input);
  const passwordHash = await hashPassword(password);
  const [created] = await db
    .insert(teachers)
    .values({ email, displayName, passwordHash })
    .onConflictDoNothing({ target: teachers.email })
    .returning(teacherColumns);
  if (!created) throw new StorageError({ code: 'email-taken', email });
  return created;
}

// Checked against when the email is unknown, so that both failures take the same time.
const unknownEmailHash = hashPassword('an unknown email never matches this');

/** The teacher whose email and password these are, or null; the caller cannot tell which was wrong. */
export async function verifyTeacherCredentials(
  db: Db,
  credentials: { email: string; password: string }
): Promise<Teacher | null> {
  const email = Email.safeParse(credentials.email);
  const [row] = email.success
    ? await db
        .select({ ...teacherColumns, passwordHash: teachers.passwordHash })
        .from(teachers)
        .where(eq(teachers.email, email.data))
    : [];
  const matches = await verifyPassword(credentials.password, row?.passwordHash ?? (await unknownEmailHash));
  if (!row || !matches) return null;
  const { passwordHash: _, ...teacher } = row;
  return teacher;
}

export async function findTeacherByEmail(db: Db, email: string): Promise<Teacher | null> {
  const parsed = Email.safeParse(email);
  if (!parsed.success) return null;
  const [teacher] = await db.select(teacherColumns).from(teachers).where(eq(teachers.email, parsed.data));
  return teacher ?? null;
}

export const sessionLifetimeDays = 30;

export async function createSession(db: Db, teacherId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const [session] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      teacherId,
      expiresAt: sql`now() + make_interval(days => ${sessionLifetimeDays})`
    })
    .returning({ expiresAt: sessions.expiresAt });
  return { token, expiresAt: session!.expiresAt };
}

/** The teacher a session token belongs to, or null when the token is unknown or expired. */
export async function verifySession(db: Db, token: string): Promise<Teacher | null> {
  const [row] = await db
    .select(teacherColumns)
    .from(sessions)
    .innerJoin(teachers, eq(teachers.id, sessions.teacherId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, sql`now()`)));
  return row ?? null;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

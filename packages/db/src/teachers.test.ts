import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { sessions, teachers } from './schema.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import { uniqueEmail, useScratchDatabase } from './test-fixtures.ts';
import {
  createSession,
  createTeacher,
  deleteSession,
  findTeacherByEmail,
  verifySession,
  verifyTeacherCredentials
} from './teachers.ts';

const password = 'correct horse battery';

describe.for(databaseTargets())('teachers and sessions on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('a teacher signs up with a lower-cased email and a hashed password', async () => {
    const email = uniqueEmail();
    const teacher = await createTeacher(db(), {
      email: ` ${email.toUpperCase()} `,
      displayName: 'Ms. Rahimi',
      password
    });
    expect(teacher.email).toBe(email);
    expect(await findTeacherByEmail(db(), email.toUpperCase())).toEqual(teacher);
    expect(await findTeacherByEmail(db(), 'nobody')).toBeNull();
    const [row] = await db().select().from(teachers).where(eq(teachers.id, teacher.id));
    expect(row!.passwordHash).toMatch(/^scrypt\$/);
    expect(row!.passwordHash).not.toContain(password);
  });

  test('the same email cannot sign up twice, whatever its case', async () => {
    const email = uniqueEmail();
    await createTeacher(db(), { email, displayName: 'First', password });
    await expect(
      createTeacher(db(), { email: email.toUpperCase(), displayName: 'Second', password })
    ).rejects.toSatisfy((error) => isStorageError(error, 'email-taken'));
  });

  test('bad sign-up input names each field and writes nothing', async () => {
    const [before] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(teachers);
    const error = await createTeacher(db(), {
      email: 'not an email',
      displayName: '  ',
      password: 'short'
    }).catch((e: unknown) => e);
    expect(isStorageError(error, 'invalid-input')).toBe(true);
    if (!isStorageError(error, 'invalid-input')) return;
    expect(error.problem.issues.map((issue) => issue.path).sort()).toEqual([
      'displayName',
      'email',
      'password'
    ]);
    expect(error.message).toContain('password: must be at least 10 characters');
    const [after] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(teachers);
    expect(after!.n).toBe(before!.n);
  });

  test('credentials are checked without telling which part was wrong', async () => {
    const email = uniqueEmail();
    const teacher = await createTeacher(db(), { email, displayName: 'Mr. Karimi', password });
    expect(await verifyTeacherCredentials(db(), { email: email.toUpperCase(), password })).toEqual(teacher);
    expect(await verifyTeacherCredentials(db(), { email, password: `${password}!` })).toBeNull();
    expect(await verifyTeacherCredentials(db(), { email: uniqueEmail(), password })).toBeNull();
    expect(await verifyTeacherCredentials(db(), { email: 'nonsense', password })).toBeNull();
  });

  test('a session opens with its token only, stores just a hash, and ends on log-out', async () => {
    const teacher = await createTeacher(db(), { email: uniqueEmail(), displayName: 'T', password });
    const { token, expiresAt } = await createSession(db(), teacher.id);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expect(await verifySession(db(), token)).toEqual(teacher);
    expect(await verifySession(db(), `${token}x`)).toBeNull();
    const stored = await db().select().from(sessions).where(eq(sessions.teacherId, teacher.id));
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
    await deleteSession(db(), token);
    expect(await verifySession(db(), token)).toBeNull();
  });

  test('an expired session opens nothing', async () => {
    const teacher = await createTeacher(db(), { email: uniqueEmail(), displayName: 'T', password });
    const { token } = await createSession(db(), teacher.id);
    await db()
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.teacherId, teacher.id));
    expect(await verifySession(db(), token)).toBeNull();
  });
});

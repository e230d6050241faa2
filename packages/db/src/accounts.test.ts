import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { changePassword, endSessions, trustBrowser, trustedBrowserOf } from './accounts.ts';
import { teachers, trustedBrowsers } from './schema.ts';
import { newToken } from './secrets.ts';
import { isStorageError } from './storage-error.ts';
import { databaseTargets } from './test-databases.ts';
import { createFixtureTeacher, uniqueEmail, useScratchDatabase } from './test-fixtures.ts';
import { createSession, createTeacher, verifySession, verifyTeacherCredentials } from './teachers.ts';

const password = 'correct horse battery';

describe.for(databaseTargets())('sessions, browsers and passwords on $kind', (target) => {
  const db = useScratchDatabase(target);

  const browsersOf = async (teacherId: string) =>
    db().select().from(trustedBrowsers).where(eq(trustedBrowsers.teacherId, teacherId));

  test('a browser that logged in is known by its token for that account only', async () => {
    const teacher = await createFixtureTeacher(db());
    const other = await createFixtureTeacher(db());
    const browser = newToken();
    await trustBrowser(db(), { teacherId: teacher.id, browserToken: browser });
    await trustBrowser(db(), { teacherId: teacher.id, browserToken: browser });
    expect(await trustedBrowserOf(db(), { email: teacher.email.toUpperCase(), browserToken: browser })).toBe(
      teacher.id
    );
    expect(await trustedBrowserOf(db(), { email: other.email, browserToken: browser })).toBeNull();
    expect(await trustedBrowserOf(db(), { email: teacher.email, browserToken: newToken() })).toBeNull();
    expect(await trustedBrowserOf(db(), { email: 'not an email', browserToken: browser })).toBeNull();
    expect((await browsersOf(teacher.id)).map((row) => row.tokenHash)).not.toContain(browser);
  });

  test('log out everywhere ends every session and forgets every other browser; other teachers keep theirs', async () => {
    const teacher = await createFixtureTeacher(db());
    const other = await createFixtureTeacher(db());
    const sessionsOf = await Promise.all([1, 2, 3].map(() => createSession(db(), teacher.id)));
    const othersSession = await createSession(db(), other.id);
    const [here, lost] = [newToken(), newToken()];
    for (const browserToken of [here, lost])
      await trustBrowser(db(), { teacherId: teacher.id, browserToken });
    await trustBrowser(db(), { teacherId: other.id, browserToken: lost });

    expect(await endSessions(db(), { teacherId: teacher.id, keepBrowser: here })).toBe(3);
    for (const { token } of sessionsOf) expect(await verifySession(db(), token)).toBeNull();
    expect((await verifySession(db(), othersSession.token))?.id).toBe(other.id);
    expect(await trustedBrowserOf(db(), { email: teacher.email, browserToken: here })).toBe(teacher.id);
    expect(await trustedBrowserOf(db(), { email: teacher.email, browserToken: lost })).toBeNull();
    expect(await trustedBrowserOf(db(), { email: other.email, browserToken: lost })).toBe(other.id);
  });

  test('a password change needs the current password, and ends the other sessions but not this one', async () => {
    const email = uniqueEmail();
    const teacher = await createTeacher(db(), { email, displayName: 'Ms. Rahimi', password });
    const current = await createSession(db(), teacher.id);
    const stolen = await createSession(db(), teacher.id);
    const [here, elsewhere] = [newToken(), newToken()];
    for (const browserToken of [here, elsewhere])
      await trustBrowser(db(), { teacherId: teacher.id, browserToken });
    const change = {
      teacherId: teacher.id,
      newPassword: 'a new passphrase',
      keepSession: current.token,
      keepBrowser: here
    };

    const [before] = await db().select().from(teachers).where(eq(teachers.id, teacher.id));
    expect(await changePassword(db(), { ...change, currentPassword: 'not my password' })).toBe(false);
    expect(await db().select().from(teachers).where(eq(teachers.id, teacher.id))).toEqual([before]);
    expect(await verifySession(db(), stolen.token)).not.toBeNull();

    expect(await changePassword(db(), { ...change, currentPassword: password })).toBe(true);
    expect(await verifyTeacherCredentials(db(), { email, password })).toBeNull();
    expect((await verifyTeacherCredentials(db(), { email, password: 'a new passphrase' }))?.id).toBe(
      teacher.id
    );
    expect((await verifySession(db(), current.token))?.id).toBe(teacher.id);
    expect(await verifySession(db(), stolen.token)).toBeNull();
    expect(await trustedBrowserOf(db(), { email, browserToken: elsewhere })).toBeNull();
    expect(await trustedBrowserOf(db(), { email, browserToken: here })).toBe(teacher.id);
  });

  test('a new password too short is refused by name and changes nothing', async () => {
    const teacher = await createFixtureTeacher(db());
    const session = await createSession(db(), teacher.id);
    const error = await changePassword(db(), {
      teacherId: teacher.id,
      currentPassword: 'anything',
      newPassword: 'short'
    }).catch((e: unknown) => e);
    expect(isStorageError(error, 'invalid-input') && error.message).toBe(
      'newPassword: must be at least 10 characters'
    );
    expect(await verifySession(db(), session.token)).not.toBeNull();
  });
});

import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from './client.ts';
import { sessions, teachers, trustedBrowsers } from './schema.ts';
import { hashPassword, hashToken, verifyPassword } from './secrets.ts';
import { parseInput } from './storage-error.ts';
import { Email, NewTeacher } from './teachers.ts';

const TeacherId = z.uuid({ error: 'must be a teacher id' });
const Token = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

const BrowserOfTeacher = z.object({ teacherId: TeacherId, browserToken: Token });

/** Remembers that this browser logged in to the teacher's account, by a hash of its token. */
export async function trustBrowser(db: Db, input: z.input<typeof BrowserOfTeacher>): Promise<void> {
  const { teacherId, browserToken } = parseInput(BrowserOfTeacher, input);
  await db
    .insert(trustedBrowsers)
    .values({ teacherId, tokenHash: hashToken(browserToken) })
    .onConflictDoNothing();
}

/** The id of the teacher with this email, when this browser has logged in to that account; else null. */
export async function trustedBrowserOf(
  db: Db,
  input: { email: string; browserToken: string }
): Promise<string | null> {
  const parsed = z.object({ email: Email, browserToken: Token }).safeParse(input);
  if (!parsed.success) return null;
  const [row] = await db
    .select({ teacherId: trustedBrowsers.teacherId })
    .from(trustedBrowsers)
    .innerJoin(teachers, eq(teachers.id, trustedBrowsers.teacherId))
    .where(
      and(
        eq(teachers.email, parsed.data.email),
        eq(trustedBrowsers.tokenHash, hashToken(parsed.data.browserToken))
      )
    );
  return row?.teacherId ?? null;
}

const Keep = z.object({
  teacherId: TeacherId,
  /** The session to keep, the one asking; none means every session ends. */
  keepSession: Token.optional(),
  /** The browser to keep trusting, the one asking; none means every browser is forgotten. */
  keepBrowser: Token.optional()
});
export type EndSessions = z.input<typeof Keep>;

async function endOthers(tx: Tx, { teacherId, keepSession, keepBrowser }: z.output<typeof Keep>) {
  const ended = await tx
    .delete(sessions)
    .where(
      and(
        eq(sessions.teacherId, teacherId),
        keepSession ? ne(sessions.tokenHash, hashToken(keepSession)) : undefined
      )
    )
    .returning({ tokenHash: sessions.tokenHash });
  await tx
    .delete(trustedBrowsers)
    .where(
      and(
        eq(trustedBrowsers.teacherId, teacherId),
        keepBrowser ? ne(trustedBrowsers.tokenHash, hashToken(keepBrowser)) : undefined
      )
    );
  return ended.length;
}

/**
 * Ends the teacher's sessions, all but `keepSession`, and forgets the browsers that logged in, all but
 * `keepBrowser`: for "log out everywhere". Returns how many sessions ended.
 */
export async function endSessions(db: Db, input: EndSessions): Promise<number> {
  const keep = parseInput(Keep, input);
  return db.transaction((tx) => endOthers(tx, keep));
}

export const PasswordChange = z.object({
  currentPassword: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  newPassword: NewTeacher.shape.password
});
export type PasswordChange = z.input<typeof PasswordChange>;

/**
 * Sets a new password when `currentPassword` is the teacher's, and ends every other session and forgets
 * every other browser, so that whoever knew the old password is out. False, with nothing changed, when
 * the current password is wrong.
 */
export async function changePassword(db: Db, input: PasswordChange & EndSessions): Promise<boolean> {
  const { currentPassword, newPassword, ...keep } = parseInput(PasswordChange.extend(Keep.shape), input);
  const [row] = await db
    .select({ passwordHash: teachers.passwordHash })
    .from(teachers)
    .where(eq(teachers.id, keep.teacherId));
  if (!row || !(await verifyPassword(currentPassword, row.passwordHash))) return false;
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(teachers).set({ passwordHash }).where(eq(teachers.id, keep.teacherId));
    await endOthers(tx, keep);
  });
  return true;
}

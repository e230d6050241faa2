import {
  createSet,
  createTeacher,
  openDatabase,
  type Database,
  type NewSet,
  type Teacher
} from '@newsquiz/db';
import { afterAll, beforeAll } from 'vitest';

export type TeacherSet = { database: Database; teacher: Teacher; setId: string };

/**
 * For the tests of a set page's actions: a teacher and one set of theirs on a fresh in-memory database,
 * made before the file's tests and closed after them. Fields are filled in by the time a test runs.
 */
export function useTeacherSet(options: {
  email: string;
  title: string;
  settings?: NewSet['settings'];
  /** Whatever else the tests need of the set, such as questions or publishing it. */
  prepare?: (fixture: TeacherSet) => Promise<void>;
}): TeacherSet {
  const fixture = {} as TeacherSet;
  beforeAll(async () => {
    fixture.database = await openDatabase({ dataDir: 'memory://' });
    fixture.teacher = await createTeacher(fixture.database.db, {
      email: options.email,
      displayName: options.title,
      password: 'a long enough password'
    });
    const set = { articleId: 'kerman-2024', title: options.title, settings: options.settings };
    fixture.setId = (await createSet(fixture.database.db, fixture.teacher.id, set)).id;
    await options.prepare?.(fixture);
  }, 60_000);
  afterAll(() => fixture.database?.close());
  return fixture;
}

/**
 * The event SvelteKit hands a set page's form action: `body` posted to `path` under the set by `who`
 * (the owner unless told; null for no one signed in). Only what the actions read is filled in; the cast
 * to the route's own event type says so once, here.
 */
export function setActionEvent<Event>(
  fixture: TeacherSet,
  path: string,
  body: FormData | URLSearchParams,
  who: Teacher | null = fixture.teacher
): Event {
  const url = new URL(`http://localhost:3000/teacher/sets/${fixture.setId}${path}`);
  return {
    locals: { db: fixture.database.db, teacher: who },
    url,
    params: { id: fixture.setId },
    request: new Request(url, { method: 'POST', body })
  } as unknown as Event;
}

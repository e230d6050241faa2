import { isDatabaseUnavailable, openDatabase, type Database } from '@newsquiz/db';
import { databaseRetryAfterSeconds } from '$lib/server/platform/limits';
import { ensureDemoSet } from '$lib/server/sets/demo-set';

let opening: Promise<Database> | undefined;
let demo: Promise<{ joinCode: string }> | undefined;

/** The app's one database, opened (and migrated) on first use: PGlite in ./.data unless DATABASE_URL is set. */
export function getDatabase(): Promise<Database> {
  if (!opening) {
    opening = openDatabase();
    // Without this, `node build` would keep PGlite open and never exit on SIGTERM.
    process.once('sveltekit:shutdown', () => void opening?.then((database) => database.close()));
  }
  return opening;
}

/** The demo class quiz's join code, made on first use. */
export function getDemoJoinCode(): Promise<string> {
  demo ??= getDatabase().then((database) => ensureDemoSet(database.db));
  return demo.then((set) => set.joinCode);
}

/** What a request that lost the database says: it did not go through, and may simply be sent again. */
export const databaseUnavailableMessage =
  'The database is unavailable for a moment, so this did not go through. Please try again in a few seconds.';

// The requests (by their locals, which handle and handleError share) that failed for want of the database.
const lostDatabase = new WeakSet<App.Locals>();

/**
 * From handleError: whether `error` means the database was out of reach (a restart, a killed connection),
 * in which case the request is remembered, for `answerDatabaseUnavailable` to make its answer a 503.
 */
export function noteDatabaseUnavailable(locals: App.Locals, error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  lostDatabase.add(locals);
  return true;
}

/**
 * The answer to a request that lost the database: the page SvelteKit rendered for the error, as a 503 with
 * Retry-After, since nothing is wrong with the request and the same one will work once the database is back.
 */
export function answerDatabaseUnavailable(locals: App.Locals, response: Response): Response {
  if (!lostDatabase.has(locals)) return response;
  const headers = new Headers(response.headers);
  headers.set('retry-after', String(databaseRetryAfterSeconds));
  headers.set('cache-control', 'no-store');
  return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers });
}

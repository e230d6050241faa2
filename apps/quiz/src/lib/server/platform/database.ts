import { openDatabase, type Database } from '@newsquiz/db';
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

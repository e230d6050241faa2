import { openDatabase, type Database } from '@newsquiz/db';

let opening: Promise<Database> | undefined;

/** The app's one database, opened (and migrated) on first use: PGlite in ./.data unless DATABASE_URL is set. */
export function getDatabase(): Promise<Database> {
  if (!opening) {
    opening = openDatabase();
    // Without this, `node build` would keep PGlite open and never exit on SIGTERM (see STACK.md).
    process.once('sveltekit:shutdown', () => void opening?.then((database) => database.close()));
  }
  return opening;
}

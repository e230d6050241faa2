import { deleteEndedWindows, deleteIdlePracticeAttempts, type Db } from '@newsquiz/db';
import { cleanupIntervalMinutes, practiceIdleHours } from './limits';

/** Deletes practice attempts idle for `practiceIdleHours` and the rows of ended rate-limit windows. */
export async function cleanUp(db: Db): Promise<{ practiceAttempts: number; rateLimitWindows: number }> {
  const practiceAttempts = await deleteIdlePracticeAttempts(db, { idleHours: practiceIdleHours });
  const rateLimitWindows = await deleteEndedWindows(db);
  return { practiceAttempts, rateLimitWindows };
}

/**
 * Cleans up now and then every `cleanupIntervalMinutes` until the server shuts down. Every app server
 * runs it; each statement deletes what is due in one go, so two servers at once do no harm.
 */
export function scheduleCleanUp(database: () => Promise<{ db: Db }>): void {
  const run = () =>
    database()
      .then(({ db }) => cleanUp(db))
      .catch((failure: unknown) => {
        // A database briefly away must not stop the server: the next round tries again.
        console.warn(`Clean-up failed: ${failure instanceof Error ? failure.message : String(failure)}`);
      });
  void run();
  const timer = setInterval(run, cleanupIntervalMinutes * 60_000);
  // Never the reason the process stays up.
  timer.unref();
  process.once('sveltekit:shutdown', () => clearInterval(timer));
}

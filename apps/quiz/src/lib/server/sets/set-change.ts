import { error } from '@sveltejs/kit';
import { isStorageError } from '@newsquiz/db';
import { refuse } from '$lib/server/platform/form-refusal';
import { plainRefusal } from '$lib/server/platform/storage-refusal';

/** Runs a change to the teacher's own set; a refusal becomes a message on the page, never a half change. */
export async function changeOwnedSet<T>(run: () => Promise<T>) {
  try {
    await run();
    return { changed: true as const };
  } catch (failure) {
    if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
    if (isStorageError(failure)) return refuse(400, { message: plainRefusal(failure) });
    throw failure;
  }
}

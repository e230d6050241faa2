import { redirect } from '@sveltejs/kit';
import { deleteSet, listResults } from '@newsquiz/db';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { changeOwnedSet } from '$lib/server/sets/set-change';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const results = await listResults(locals.db, teacher.id, set.id);
  return {
    title: set.title,
    status: set.status,
    joinCode: set.joinCode,
    attemptCount: results.length
  };
};

export const actions: Actions = {
  /** The confirmed delete: one statement under the set's lock, so it happens whole or not at all. */
  default: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    const outcome = await changeOwnedSet(() => deleteSet(locals.db, teacher.id, params.id));
    if (!('changed' in outcome)) return outcome;
    redirect(303, '/teacher?deleted=1');
  }
};

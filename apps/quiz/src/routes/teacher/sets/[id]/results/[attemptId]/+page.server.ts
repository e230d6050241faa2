import { error } from '@sveltejs/kit';
import { getSetAttempt, isStorageError } from '@newsquiz/db';
import { acceptAnswerFromForm } from '$lib/server/results/accept-answer';
import { attemptReview } from '$lib/server/results/attempt-review';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  try {
    const attempt = await getSetAttempt(locals.db, teacher.id, set.id, params.attemptId);
    return { title: set.title, review: attemptReview(attempt) };
  } catch (failure) {
    if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
      error(404, 'No such attempt.');
    throw failure;
  }
};

export const actions: Actions = {
  accept: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    // Ownership first: another teacher's set is a 404 whatever the form holds.
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    return acceptAnswerFromForm(locals.db, teacher.id, set.id, Object.fromEntries(await request.formData()));
  }
};

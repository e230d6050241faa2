import { redirect } from '@sveltejs/kit';
import { getFactBase } from '$lib/server/platform/articles';
import { startPracticeAttempt } from '$lib/server/attempts/practice-attempt';
import type { Actions, PageServerLoad } from './$types';

// The practice quiz starts from a button on the home page; a plain visit goes there.
export const load: PageServerLoad = () => redirect(303, '/');

// The first practice address, before there was more than one article: a form posted here practises the
// default article.
export const actions: Actions = {
  default: async (event) => startPracticeAttempt(event, getFactBase())
};

import { redirect } from '@sveltejs/kit';
import { articlePath, factBaseOfRoute } from '$lib/server/platform/articles';
import { startPracticeAttempt } from '$lib/server/attempts/practice-attempt';
import type { Actions, PageServerLoad } from './$types';

// A practice quiz starts from a button; a plain visit goes to the article.
export const load: PageServerLoad = ({ params }) => {
  redirect(303, articlePath(factBaseOfRoute(params.articleId).article.id));
};

export const actions: Actions = {
  default: async (event) => startPracticeAttempt(event, factBaseOfRoute(event.params.articleId))
};

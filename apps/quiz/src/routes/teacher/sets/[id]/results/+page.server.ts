import { listResults, questionStatistics } from '@newsquiz/db';
import { minimumAttemptsForMeasure } from '@newsquiz/question-bank';
import { acceptAnswerFromForm } from '$lib/server/results/accept-answer';
import { itemAnalysis } from '$lib/server/results/item-analysis';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { facilityChart, scoreHistogram } from '$lib/server/results/results-charts';
import { summariseResults } from '$lib/server/results/results-summary';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const [results, statistics] = await Promise.all([
    listResults(locals.db, teacher.id, set.id),
    questionStatistics(locals.db, teacher.id, set.id)
  ]);
  const items = itemAnalysis(statistics);
  const handedIn = results.flatMap(({ score, maxScore }) => (score === null ? [] : [{ score, maxScore }]));
  return {
    title: set.title,
    /** Only an open quiz gets new hand-ins worth watching for. */
    live: set.status === 'published',
    loadedAt: new Date(),
    results,
    summary: summariseResults(results),
    items,
    minimumAttempts: minimumAttemptsForMeasure,
    histogram: scoreHistogram(handedIn),
    facility: facilityChart(items)
  };
};

export const actions: Actions = {
  accept: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    // Ownership first: another teacher's set is a 404 whatever the form holds.
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    return acceptAnswerFromForm(locals.db, teacher.id, set.id, Object.fromEntries(await request.formData()));
  }
};

import { questionTypeLabels, skills } from '@newsquiz/question-bank';
import { getFactBase } from '$lib/server/platform/articles';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  // The labels come from the bank's kinds, on the server, so the pages' script carries no question kinds.
  return {
    setSummary: {
      id: set.id,
      title: set.title,
      status: set.status,
      articleId: set.articleId,
      articleTitle: getFactBase(set.articleId).article.title
    },
    questionTypeLabels,
    skills
  };
};

import { redirect } from '@sveltejs/kit';
import { createSet, listSets, NewSet } from '@newsquiz/db';
import { z } from 'zod';
import { articleIds, defaultArticleId, getFactBase } from '$lib/server/platform/articles';
import { refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const teacher = requireTeacher(locals, url);
  const sets = await listSets(locals.db, teacher.id);
  return {
    teacher: { displayName: teacher.displayName },
    articles: articleIds().map((id) => ({ id, label: getFactBase(id).article.title })),
    sets: sets.map((set) => ({
      id: set.id,
      title: set.title,
      status: set.status,
      joinCode: set.joinCode,
      questionCount: set.questionCount,
      attemptCount: set.attemptCount,
      meanScore: set.meanScore
    }))
  };
};

// A set is about one article; with only one to choose, the form does not ask.
const NewSetForm = z.object({
  title: NewSet.shape.title.check(noNul('The title')),
  articleId: z
    .string()
    .default(defaultArticleId)
    .refine((id) => articleIds().includes(id), 'must be one of the articles offered')
});

export const actions: Actions = {
  create: async ({ locals, url, request }) => {
    const teacher = requireTeacher(locals, url);
    const form = await request.formData();
    const parsed = NewSetForm.safeParse({
      title: form.get('title') ?? '',
      articleId: form.get('articleId') ?? undefined
    });
    if (!parsed.success) {
      return refuse(400, {
        fields: zodFieldErrors(parsed.error, { title: 'new-title', articleId: 'new-article' })
      });
    }
    const set = await createSet(locals.db, teacher.id, {
      articleId: parsed.data.articleId,
      title: parsed.data.title
    });
    redirect(303, `/teacher/sets/${set.id}`);
  }
};

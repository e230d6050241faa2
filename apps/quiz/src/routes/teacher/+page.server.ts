import { fail, redirect } from '@sveltejs/kit';
import { createSet, listSets, NewSet } from '@newsquiz/db';
import { z } from 'zod';
import { defaultArticleId } from '$lib/server/articles';
import { getDatabase } from '$lib/server/database';
import { requireTeacher } from '$lib/server/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const teacher = requireTeacher(locals, url);
  const sets = await listSets((await getDatabase()).db, teacher.id);
  return {
    teacher: { displayName: teacher.displayName },
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

const NewSetForm = NewSet.pick({ title: true });

export const actions: Actions = {
  create: async ({ locals, url, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = NewSetForm.safeParse({ title: (await request.formData()).get('title') ?? '' });
    if (!parsed.success) return fail(400, { errors: z.flattenError(parsed.error).fieldErrors });
    const set = await createSet((await getDatabase()).db, teacher.id, {
      articleId: defaultArticleId,
      title: parsed.data.title
    });
    redirect(303, `/teacher/sets/${set.id}`);
  }
};

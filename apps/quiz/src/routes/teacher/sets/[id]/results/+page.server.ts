import { listResults } from '@newsquiz/db';
import { getDatabase } from '$lib/server/database';
import { loadOwnedSet } from '$lib/server/owned-set';
import { requireTeacher } from '$lib/server/teacher-session';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(teacher.id, params.id);
  return { title: set.title, results: await listResults((await getDatabase()).db, teacher.id, set.id) };
};

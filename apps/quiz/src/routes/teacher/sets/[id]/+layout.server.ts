import { loadOwnedSet } from '$lib/server/owned-set';
import { requireTeacher } from '$lib/server/teacher-session';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(teacher.id, params.id);
  return { setSummary: { id: set.id, title: set.title, status: set.status } };
};

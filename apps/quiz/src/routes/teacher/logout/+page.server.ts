import { redirect } from '@sveltejs/kit';
import { endTeacherSession } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/teacher');

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    await endTeacherSession(locals.db, cookies);
    redirect(303, '/');
  }
};

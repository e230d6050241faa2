import { fail, redirect } from '@sveltejs/kit';
import { createTeacher, isStorageError, NewTeacher } from '@newsquiz/db';
import { z } from 'zod';
import { startTeacherSession } from '$lib/server/teacher-session';
import type { Actions, PageServerLoad } from './$types';

type FieldErrors = Partial<Record<'email' | 'displayName' | 'password', string[]>>;

export const load: PageServerLoad = ({ locals }) => {
  if (locals.teacher) redirect(303, '/teacher');
};

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const form = Object.fromEntries(await request.formData());
    const input = {
      email: form.email ?? '',
      displayName: form.displayName ?? '',
      password: form.password ?? ''
    };
    const values = { email: String(input.email), displayName: String(input.displayName) };
    const parsed = NewTeacher.safeParse(input);
    if (!parsed.success) {
      const errors: FieldErrors = z.flattenError(parsed.error).fieldErrors;
      return fail(400, { values, errors });
    }
    try {
      const teacher = await createTeacher(locals.db, parsed.data);
      await startTeacherSession(locals.db, cookies, url, teacher.id);
    } catch (failure) {
      if (isStorageError(failure, 'email-taken')) {
        return fail(400, {
          values,
          errors: { email: ['An account with this email already exists: log in instead.'] }
        });
      }
      throw failure;
    }
    redirect(303, '/teacher');
  }
};

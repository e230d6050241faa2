import { redirect } from '@sveltejs/kit';
import { createTeacher, isStorageError, NewTeacher } from '@newsquiz/db';
import { z } from 'zod';
import { refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { startTeacherSession } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

const inputIds = { displayName: 'display-name' };

const SignupForm = NewTeacher.extend({
  email: z.string().check(noNul('The email')).pipe(NewTeacher.shape.email),
  displayName: NewTeacher.shape.displayName.check(noNul('Your name'))
});

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
    const parsed = SignupForm.safeParse(input);
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, inputIds), values });
    try {
      const teacher = await createTeacher(locals.db, parsed.data);
      await startTeacherSession(locals.db, cookies, url, teacher.id);
    } catch (failure) {
      if (isStorageError(failure, 'email-taken')) {
        return refuse(400, {
          fields: { email: ['An account with this email already exists: log in instead.'] },
          values
        });
      }
      throw failure;
    }
    redirect(303, '/teacher');
  }
};

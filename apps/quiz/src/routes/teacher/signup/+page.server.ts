import { redirect } from '@sveltejs/kit';
import { createTeacher, isStorageError, NewTeacher } from '@newsquiz/db';
import { z } from 'zod';
import { refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { signUpsPerClient } from '$lib/server/platform/limits';
import { takeClientSlot, tooMany } from '$lib/server/platform/rate-limit';
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
  default: async (event) => {
    const { locals, request } = event;
    const form = Object.fromEntries(await request.formData());
    const input = {
      email: form.email ?? '',
      displayName: form.displayName ?? '',
      password: form.password ?? ''
    };
    const values = { email: String(input.email), displayName: String(input.displayName) };
    const parsed = SignupForm.safeParse(input);
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, inputIds), values });
    const slot = await takeClientSlot(event, signUpsPerClient);
    if (!slot.taken) {
      return refuse(429, {
        values,
        message: tooMany(event, 'Too many sign-ups from your network', slot.retryAfterSeconds)
      });
    }
    try {
      // The password is hashed before the email is found taken, so both answers take as long.
      await createTeacher(locals.db, parsed.data);
    } catch (failure) {
      if (!isStorageError(failure, 'email-taken')) throw failure;
    }
    // One answer whether the email was new or taken, and no session either way: the page tells nobody
    // who has an account. The owner of a taken email reads on the log-in page that theirs is unchanged.
    redirect(303, '/teacher/login?signed-up');
  }
};

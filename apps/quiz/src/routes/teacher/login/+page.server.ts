import { redirect } from '@sveltejs/kit';
import { Email, verifyTeacherCredentials } from '@newsquiz/db';
import { z } from 'zod';
import { loginRateLimit } from '$lib/server/platform/login-rate-limit';
import { refuse } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { nextPath, startTeacherSession } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

const LoginForm = z.object({
  email: z.string().check(noNul('The email')).pipe(Email),
  password: z.string().min(1, 'Enter your password.').max(200)
});

// The same words whether the email is unknown or the password wrong, so the form tells nobody who has an account.
const wrongCredentials = 'That email and password do not match an account.';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.teacher) redirect(303, nextPath(url));
};

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const form = Object.fromEntries(await request.formData());
    const email = String(form.email ?? '');
    const values = { email };
    const parsed = LoginForm.safeParse({ email, password: form.password ?? '' });
    if (!parsed.success) {
      // The NUL check is the form's one custom check: its message names the field, and tells nobody anything.
      const nul = parsed.error.issues.find((issue) => issue.code === 'custom');
      return refuse(400, { message: nul?.message ?? 'Enter your email and password.', values });
    }
    const wait = loginRateLimit.waitMinutes(parsed.data.email);
    if (wait > 0) {
      return refuse(429, {
        values,
        message: `Too many failed log-ins for this email. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`
      });
    }
    const teacher = await verifyTeacherCredentials(locals.db, parsed.data);
    if (!teacher) {
      loginRateLimit.fail(parsed.data.email);
      return refuse(400, { message: wrongCredentials, values });
    }
    loginRateLimit.succeed(parsed.data.email);
    await startTeacherSession(locals.db, cookies, url, teacher.id);
    redirect(303, nextPath(url));
  }
};

import { redirect } from '@sveltejs/kit';
import { Email } from '@newsquiz/db';
import { z } from 'zod';
import { refuse } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { tooMany } from '$lib/server/platform/rate-limit';
import { checkLogIn } from '$lib/server/platform/teacher-login';
import { browserToken, nextPath, startTeacherSession } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

const LoginForm = z.object({
  email: z.string().check(noNul('The email')).pipe(Email),
  password: z.string().min(1, 'Enter your password.').max(200)
});

// The same words whether the email is unknown or the password wrong, so the form tells nobody who has an account.
const wrongCredentials = 'That email and password do not match an account.';

/** What the page says after the teacher came from another form, by the flag that form sent them with. */
const notices = {
  // The same words whether or not the email was taken: sign-up tells nobody who has an account.
  'signed-up':
    'Thank you. If this email had no account, it has one now: log in with the password you chose. If it already had one, that account is unchanged: log in with its password.',
  'logged-out-everywhere': 'You are logged out on every device. Log in again here.'
};

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.teacher) redirect(303, nextPath(url));
  const flag = Object.keys(notices).find((name) => url.searchParams.has(name)) as
    keyof typeof notices | undefined;
  return { notice: flag ? notices[flag] : null };
};

export const actions: Actions = {
  default: async (event) => {
    const { locals, request, cookies, url } = event;
    const form = Object.fromEntries(await request.formData());
    const email = String(form.email ?? '');
    const values = { email };
    const parsed = LoginForm.safeParse({ email, password: form.password ?? '' });
    if (!parsed.success) {
      // The NUL check is the form's one custom check: its message names the field, and tells nobody anything.
      const nul = parsed.error.issues.find((issue) => issue.code === 'custom');
      return refuse(400, { message: nul?.message ?? 'Enter your email and password.', values });
    }
    const outcome = await checkLogIn(locals.db, parsed.data, {
      client: event.getClientAddress(),
      browserToken: browserToken(cookies)
    });
    if (outcome.kind === 'limited') {
      const what = outcome.scope === 'client' ? 'from your network' : 'for this email';
      return refuse(429, {
        values,
        message: tooMany(event, `Too many failed log-ins ${what}`, outcome.retryAfterSeconds)
      });
    }
    if (outcome.kind === 'wrong') return refuse(400, { message: wrongCredentials, values });
    await startTeacherSession(locals.db, cookies, url, outcome.teacher.id);
    redirect(303, nextPath(url));
  }
};

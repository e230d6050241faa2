import { redirect } from '@sveltejs/kit';
import { changePassword, endSessions, NewTeacher, releaseSlot, takeSlot } from '@newsquiz/db';
import { z } from 'zod';
import { refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { passwordChecksPerTeacher } from '$lib/server/platform/limits';
import { tooMany } from '$lib/server/platform/rate-limit';
import {
  browserToken,
  forgetSessionCookie,
  requireTeacher,
  sessionToken
} from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

const PasswordForm = z
  .object({
    currentPassword: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    newPassword: NewTeacher.shape.password,
    repeatPassword: z.string().max(200, 'must be at most 200 characters')
  })
  .refine((form) => form.repeatPassword === form.newPassword, {
    path: ['repeatPassword'],
    message: 'must be the new password again'
  });

const inputIds = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  repeatPassword: 'repeat-password'
};

export const load: PageServerLoad = ({ locals, url }) => {
  const teacher = requireTeacher(locals, url);
  return { teacher: { displayName: teacher.displayName, email: teacher.email } };
};

export const actions: Actions = {
  password: async (event) => {
    const { locals, url, request, cookies } = event;
    const teacher = requireTeacher(locals, url);
    const form = Object.fromEntries(await request.formData());
    const parsed = PasswordForm.safeParse({
      currentPassword: form.currentPassword ?? '',
      newPassword: form.newPassword ?? '',
      repeatPassword: form.repeatPassword ?? ''
    });
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, inputIds) });
    // A stolen session must not make the current password guessable: checks of it are limited too.
    const slot = await takeSlot(locals.db, passwordChecksPerTeacher, teacher.id);
    if (!slot.taken) {
      return refuse(429, {
        message: tooMany(event, 'Too many wrong current passwords', slot.retryAfterSeconds)
      });
    }
    const changed = await changePassword(locals.db, {
      teacherId: teacher.id,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      keepSession: sessionToken(cookies),
      keepBrowser: browserToken(cookies)
    });
    if (!changed) return refuse(400, { fields: { 'current-password': ['is not your password'] } });
    await releaseSlot(locals.db, slot.slot);
    return { passwordChanged: true };
  },

  logoutEverywhere: async ({ locals, url, cookies }) => {
    const teacher = requireTeacher(locals, url);
    // This browser stays trusted: it is the one its owner is using to shut everyone else out.
    await endSessions(locals.db, { teacherId: teacher.id, keepBrowser: browserToken(cookies) });
    forgetSessionCookie(cookies);
    redirect(303, '/teacher/login?logged-out-everywhere');
  }
};

import { createTeacher, verifySession, verifyTeacherCredentials } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { actions as accountActions } from '../../../routes/teacher/account/+page.server';
import { actions as loginActions } from '../../../routes/teacher/login/+page.server';
import { passwordChecksPerTeacher } from './limits';
import { cookieJar, databaseTargets, outcomeOf, requestEvent, useAppDatabase } from './test-requests';

const password = 'correct horse battery';
let count = 0;
const uniqueEmail = () => `account-${process.pid}-${(count += 1)}@school.example`;

describe.for(databaseTargets())('the teacher account page on $kind', (target) => {
  const database = useAppDatabase(target);
  const db = () => database.db();

  /** A browser logged in to the account, as the log-in form leaves it. */
  async function loggedInBrowser(email: string, secret = password) {
    const cookies = cookieJar();
    const { event } = await requestEvent({
      db: db(),
      client: '10.5.0.1',
      cookies,
      path: '/teacher/login',
      form: { email, password: secret }
    });
    const outcome = await outcomeOf(() => loginActions.default!(event as never));
    expect(outcome).toMatchObject({ kind: 'redirect', location: '/teacher' });
    return cookies;
  }
  async function post(
    action: 'password' | 'logoutEverywhere',
    cookies: ReturnType<typeof cookieJar>,
    form = {}
  ) {
    const { event } = await requestEvent({
      db: db(),
      client: '10.5.0.1',
      cookies,
      path: `/teacher/account?/${action}`,
      form
    });
    return outcomeOf(() => accountActions[action]!(event as never));
  }
  const change = (
    currentPassword: string,
    newPassword = 'a new passphrase',
    repeatPassword = newPassword
  ) => ({
    currentPassword,
    newPassword,
    repeatPassword
  });
  const sessionOf = (cookies: ReturnType<typeof cookieJar>) =>
    verifySession(db(), cookies.get('nq-session')!);

  test('each action checks the session itself: without one, it sends to the log-in and changes nothing', async () => {
    const email = uniqueEmail();
    await createTeacher(db(), { email, displayName: 'Ms. Rahimi', password });
    const here = await loggedInBrowser(email);
    for (const action of ['password', 'logoutEverywhere'] as const) {
      const outcome = await post(action, cookieJar(), change(password));
      expect(outcome).toEqual({
        kind: 'redirect',
        status: 303,
        location: '/teacher/login?next=%2Fteacher%2Faccount'
      });
    }
    expect(await sessionOf(here)).not.toBeNull();
    expect(await verifyTeacherCredentials(db(), { email, password })).not.toBeNull();
  });

  test('a password change names each wrong field; a wrong current password is a guess, and guesses stop at 5', async () => {
    const email = uniqueEmail();
    await createTeacher(db(), { email, displayName: 'Ms. Rahimi', password });
    const here = await loggedInBrowser(email);
    expect(await post('password', here, change('', 'short', 'other'))).toEqual({
      kind: 'refused',
      status: 400,
      data: {
        message: null,
        fields: {
          'current-password': ['must not be empty'],
          'new-password': ['must be at least 10 characters'],
          'repeat-password': ['must be the new password again']
        }
      }
    });
    for (let guess = 0; guess < passwordChecksPerTeacher.max; guess += 1) {
      expect(await post('password', here, change(`guess ${guess}`))).toMatchObject({
        kind: 'refused',
        status: 400,
        data: { fields: { 'current-password': ['is not your password'] } }
      });
    }
    expect(await post('password', here, change(password))).toMatchObject({
      kind: 'refused',
      status: 429,
      data: { message: 'Too many wrong current passwords. Try again in 15 minutes.' }
    });
    expect(await verifyTeacherCredentials(db(), { email, password })).not.toBeNull();
  });

  test('a new password ends every other session; this one stays', async () => {
    const email = uniqueEmail();
    await createTeacher(db(), { email, displayName: 'Ms. Rahimi', password });
    const here = await loggedInBrowser(email);
    const elsewhere = await loggedInBrowser(email);
    expect(await post('password', here, change(password))).toEqual({
      kind: 'answered',
      data: { passwordChanged: true }
    });
    expect(await sessionOf(here)).not.toBeNull();
    expect(await sessionOf(elsewhere)).toBeNull();
    expect(await verifyTeacherCredentials(db(), { email, password })).toBeNull();
    await loggedInBrowser(email, 'a new passphrase');
  });

  test('log out everywhere ends every session, this one too', async () => {
    const email = uniqueEmail();
    await createTeacher(db(), { email, displayName: 'Ms. Rahimi', password });
    const here = await loggedInBrowser(email);
    const elsewhere = await loggedInBrowser(email);
    const sessionToken = here.get('nq-session')!;
    expect(await post('logoutEverywhere', here)).toEqual({
      kind: 'redirect',
      status: 303,
      location: '/teacher/login?logged-out-everywhere'
    });
    expect(here.get('nq-session')).toBeUndefined();
    expect(await verifySession(db(), sessionToken)).toBeNull();
    expect(await sessionOf(elsewhere)).toBeNull();
  });
});

import { takeSlot } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { actions as loginActions } from '../../../routes/teacher/login/+page.server';
import { actions as signUpActions } from '../../../routes/teacher/signup/+page.server';
import { signUpsPerClient } from './limits';
import {
  cookieJar,
  databaseTargets,
  messageOf,
  outcomeOf,
  requestEvent,
  useAppDatabase
} from './test-requests';

let count = 0;
const address = () => `10.3.0.${(count += 1)}`;
const uniqueEmail = () => `signup-${process.pid}-${(count += 1)}@school.example`;

describe.for(databaseTargets())('sign-up on $kind', (target) => {
  const database = useAppDatabase(target);

  async function signUp(client: string, form: Record<string, string>) {
    const cookies = cookieJar();
    const { event } = await requestEvent({
      db: database.db(),
      client,
      cookies,
      path: '/teacher/signup',
      form
    });
    return { outcome: await outcomeOf(() => signUpActions.default!(event as never)), cookies };
  }
  async function logIn(email: string, password: string) {
    const { event } = await requestEvent({
      db: database.db(),
      client: address(),
      path: '/teacher/login',
      form: { email, password }
    });
    return outcomeOf(() => loginActions.default!(event as never));
  }

  test('a taken email gets the very answer a new one gets, and the account it names is unchanged', async () => {
    const email = uniqueEmail();
    const first = await signUp(address(), {
      email,
      displayName: 'Ms. Rahimi',
      password: 'correct horse battery'
    });
    const again = await signUp(address(), {
      email: email.toUpperCase(),
      displayName: 'Someone else',
      password: 'another passphrase'
    });
    expect(first.outcome).toEqual({ kind: 'redirect', status: 303, location: '/teacher/login?signed-up' });
    expect(again.outcome).toEqual(first.outcome);
    for (const { cookies } of [first, again]) expect(cookies.getAll()).toEqual([]);
    expect(await logIn(email, 'correct horse battery')).toMatchObject({
      kind: 'redirect',
      location: '/teacher'
    });
    expect(await logIn(email, 'another passphrase')).toMatchObject({ kind: 'refused', status: 400 });
  });

  test('sign-ups from one address stop at 100 an hour', async () => {
    const client = address();
    for (let n = 0; n < signUpsPerClient.max - 1; n += 1)
      await takeSlot(database.db(), signUpsPerClient, client);
    const form = () => ({ email: uniqueEmail(), displayName: 'Mr. Many', password: 'correct horse battery' });
    expect((await signUp(client, form())).outcome.kind).toBe('redirect');
    const over = (await signUp(client, form())).outcome;
    expect(over.kind === 'refused' && over.status).toBe(429);
    expect(messageOf(over)).toBe('Too many sign-ups from your network. Try again in 60 minutes.');
    expect((await signUp(address(), form())).outcome.kind).toBe('redirect');
  });
});

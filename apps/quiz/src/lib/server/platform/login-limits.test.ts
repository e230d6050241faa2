import { createTeacher } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { actions as loginActions } from '../../../routes/teacher/login/+page.server';
import { loginGuessesPerAccount, loginGuessesPerClient } from './limits';
import {
  cookieJar,
  databaseTargets,
  messageOf,
  outcomeOf,
  requestEvent,
  useAppDatabase,
  type Outcome
} from './test-requests';

const password = 'correct horse battery';
const wrongAnswer = 'That email and password do not match an account.';

let count = 0;
const uniqueEmail = () => `login-${process.pid}-${(count += 1)}@school.example`;
const address = () => `10.1.${Math.floor((count += 1) / 250)}.${count % 250}`;

type LogIn = {
  db: ReturnType<ReturnType<typeof useAppDatabase>['db']>;
  client: string;
  cookies?: ReturnType<typeof cookieJar>;
};

async function logIn({ db, client, cookies }: LogIn, email: string, guess: string) {
  const { event, headers } = await requestEvent({
    db,
    client,
    cookies,
    path: '/teacher/login',
    form: { email, password: guess }
  });
  return { outcome: await outcomeOf(() => loginActions.default!(event as never)), headers };
}

const checked = (outcome: Outcome) => outcome.kind === 'refused' && outcome.status === 400;
const limited = (outcome: Outcome) => outcome.kind === 'refused' && outcome.status === 429;
const loggedIn = (outcome: Outcome) => outcome.kind === 'redirect' && outcome.location === '/teacher';

describe.for(databaseTargets())('log-in limits on $kind', (target) => {
  const database = useAppDatabase(target);

  async function teacher() {
    const email = uniqueEmail();
    await createTeacher(database.db(), { email, displayName: 'Ms. Rahimi', password });
    return email;
  }

  test('30 guesses at once at one account, from 30 addresses and over every app server: 5 are checked, the rest refused with when to try again; the right password then waits, even after a restart', async () => {
    const email = await teacher();
    // Two app servers on one PostgreSQL; PGlite lives in one process, so there it is one server.
    const servers =
      target.kind === 'postgres' ? [database.db(), (await database.open()).db] : [database.db()];
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        logIn({ db: servers[n % servers.length]!, client: address() }, email, `guess ${n}`)
      )
    );
    expect(answers.filter(({ outcome }) => checked(outcome))).toHaveLength(loginGuessesPerAccount.max);
    const refused = answers.filter(({ outcome }) => limited(outcome));
    expect(refused).toHaveLength(30 - loginGuessesPerAccount.max);
    for (const { outcome, headers } of refused) {
      expect(messageOf(outcome)).toBe('Too many failed log-ins for this email. Try again in 15 minutes.');
      expect(Number(headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    }

    await database.restart();
    const right = await logIn({ db: database.db(), client: address() }, email, password);
    expect(limited(right.outcome)).toBe(true);
  });

  test('someone keeping the account locked does not lock out its owner in the browser they logged in with', async () => {
    const email = await teacher();
    const ownersBrowser = cookieJar();
    const owner = { db: database.db(), client: address(), cookies: ownersBrowser };
    expect(loggedIn((await logIn(owner, email, password)).outcome)).toBe(true);

    const attacker = { db: database.db(), client: address() };
    for (let guess = 0; guess < loginGuessesPerAccount.max; guess += 1) {
      expect(checked((await logIn(attacker, email, `guess ${guess}`)).outcome)).toBe(true);
    }
    expect(limited((await logIn(attacker, email, password)).outcome)).toBe(true);
    // Another browser, even on the owner's network, shares the account's spent budget.
    expect(limited((await logIn({ ...attacker, client: owner.client }, email, password)).outcome)).toBe(true);

    expect(loggedIn((await logIn(owner, email, password)).outcome)).toBe(true);
    // The owner's browser has its own budget, which a stranger's browser cannot borrow.
    expect(limited((await logIn({ ...attacker, cookies: cookieJar() }, email, password)).outcome)).toBe(true);
  });

  test('one address guessing is stopped across every account; log-ins that succeed cost it nothing', async () => {
    const email = await teacher();
    const school = address();
    const target = uniqueEmail();
    const burst = await Promise.all(
      Array.from({ length: loginGuessesPerClient.max - 1 }, (_, n) =>
        logIn({ db: database.db(), client: school }, target, `guess ${n}`)
      )
    );
    expect(burst.filter(({ outcome }) => checked(outcome))).toHaveLength(loginGuessesPerAccount.max);

    // Teachers of the school log in from the same address, each in a browser new to the account.
    for (let teacherLogIn = 0; teacherLogIn < 3; teacherLogIn += 1) {
      expect(loggedIn((await logIn({ db: database.db(), client: school }, email, password)).outcome)).toBe(
        true
      );
    }
    const last = await logIn({ db: database.db(), client: school }, uniqueEmail(), 'one more guess');
    expect(checked(last.outcome) && messageOf(last.outcome)).toBe(wrongAnswer);
    const over = await logIn({ db: database.db(), client: school }, uniqueEmail(), 'and another');
    expect(limited(over.outcome) && messageOf(over.outcome)).toBe(
      'Too many failed log-ins from your network. Try again in 15 minutes.'
    );
    const elsewhere = await logIn({ db: database.db(), client: address() }, uniqueEmail(), 'a guess');
    expect(checked(elsewhere.outcome)).toBe(true);
  });
});

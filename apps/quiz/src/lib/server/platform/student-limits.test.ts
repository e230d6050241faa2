import { takeSlot } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { actions as practiceActions } from '../../../routes/practice/+page.server';
import { actions as articlePracticeActions } from '../../../routes/articles/[articleId]/practice/+page.server';
import { actions as joinActions, load as joinLoad } from '../../../routes/join/+page.server';
import { ensureDemoSet } from '../sets/demo-set';
import { joinsPerClient, practiceStartsPerClient, wrongJoinCodesPerClient } from './limits';
import {
  databaseTargets,
  messageOf,
  outcomeOf,
  requestEvent,
  useAppDatabase,
  type Outcome
} from './test-requests';

let count = 0;
const address = () => `10.2.${Math.floor((count += 1) / 250)}.${count % 250}`;
// Six letters and digits of the join code's alphabet that no quiz has: the demo's code differs.
const wrongCode = (n: number) => `ZZ${String(n).padStart(4, '2').replace(/[01]/g, '3')}`;

const joined = (outcome: Outcome) => outcome.kind === 'redirect' && outcome.location.startsWith('/attempts/');
const noSuchCode = (outcome: Outcome) =>
  (outcome.kind === 'answered' && (outcome.data as { codeError: string | null }).codeError !== null) ||
  (outcome.kind === 'refused' && outcome.status === 400 && messageOf(outcome).startsWith('No open quiz'));
const limited = (outcome: Outcome) =>
  (outcome.kind === 'refused' || outcome.kind === 'error') && outcome.status === 429;

/** Fills a client's slots of a limit, as that many earlier requests from its address would have. */
async function spend(
  db: Parameters<typeof takeSlot>[0],
  limit: Parameters<typeof takeSlot>[1],
  client: string,
  slots: number
) {
  for (let n = 0; n < slots; n += 1) await takeSlot(db, limit, client);
}

describe.for(databaseTargets())('join and practice limits on $kind', (target) => {
  const database = useAppDatabase(target);
  const db = () => database.db();

  const lookUp = async (client: string, code: string, server = db()) => {
    const { event } = await requestEvent({ db: server, client, path: `/join?code=${code}` });
    return outcomeOf(() => joinLoad(event as never));
  };
  const join = async (client: string, code: string, name = 'Sara', server = db()) => {
    const { event } = await requestEvent({ db: server, client, path: '/join', form: { code, name } });
    return outcomeOf(() => joinActions.default!(event as never));
  };
  const practise = async (client: string, route: 'practice' | 'article') => {
    const path = route === 'practice' ? '/practice' : '/articles/kerman-2024/practice';
    const { event, headers } = await requestEvent({
      db: db(),
      client,
      path,
      form: {},
      params: { articleId: 'kerman-2024' }
    });
    const action = route === 'practice' ? practiceActions.default! : articlePracticeActions.default!;
    return { outcome: await outcomeOf(() => action(event as never)), headers };
  };

  test('guessing join codes from one address, over every app server, is refused after 300 wrong codes an hour, even the right one; other addresses join', async () => {
    const { joinCode } = await ensureDemoSet(db());
    // Two app servers on one PostgreSQL; PGlite lives in one process, so there it is one server.
    const servers = target.kind === 'postgres' ? [db(), (await database.open()).db] : [db()];
    const guesser = address();
    const guesses = await Promise.all(
      Array.from({ length: wrongJoinCodesPerClient.max + 20 }, (_, n) => {
        const server = servers[n % servers.length];
        return n % 4 < 2
          ? lookUp(guesser, wrongCode(n), server)
          : join(guesser, wrongCode(n), 'Sara', server);
      })
    );
    expect(guesses.filter(noSuchCode)).toHaveLength(wrongJoinCodesPerClient.max);
    expect(guesses.filter(limited)).toHaveLength(20);
    const message = 'Too many codes that match no open quiz from your network. Try again in 60 minutes.';
    for (const outcome of guesses.filter(limited)) expect(messageOf(outcome)).toBe(message);
    expect(limited(await lookUp(guesser, joinCode))).toBe(true);
    expect(limited(await join(guesser, joinCode))).toBe(true);
    expect(joined(await join(address(), joinCode))).toBe(true);
  });

  test('a join refused for too many wrong codes shows its page again as a 429, not a server error', async () => {
    const { joinCode } = await ensureDemoSet(db());
    const guesser = address();
    await spend(db(), wrongJoinCodesPerClient, guesser, wrongJoinCodesPerClient.max);
    // SvelteKit renders a refused action's page with the page's load, in the same response.
    const { event } = await requestEvent({
      db: db(),
      client: guesser,
      path: `/join?code=${joinCode}`,
      form: { code: joinCode, name: 'Sara' }
    });
    expect(limited(await outcomeOf(() => joinActions.default!(event as never)))).toBe(true);
    expect(limited(await outcomeOf(() => joinLoad(event as never)))).toBe(true);
  });

  test('a class of 30 behind one school address finds and joins its quiz at once; right codes cost nothing of the wrong-code budget', async () => {
    const { joinCode } = await ensureDemoSet(db());
    const school = address();
    const students = Array.from({ length: 30 }, (_, n) => `Student ${n + 1}`);
    // Each look-up holds a slot while it runs, so the class needs 30 free at once.
    const spent = wrongJoinCodesPerClient.max - students.length;
    await spend(db(), wrongJoinCodesPerClient, school, spent);
    const found = await Promise.all(students.map(() => lookUp(school, joinCode)));
    expect(found.every((outcome) => outcome.kind === 'answered' && !noSuchCode(outcome))).toBe(true);
    const joins = await Promise.all(students.map((name) => join(school, joinCode, name)));
    expect(joins.filter(joined)).toHaveLength(30);
    const wrong = await Promise.all(students.map((_, n) => join(school, wrongCode(n))));
    expect(wrong.filter(noSuchCode)).toHaveLength(students.length);
    expect(limited(await join(school, wrongCode(99)))).toBe(true);
  });

  test('joins from one address stop at 1000 an hour', async () => {
    const { joinCode } = await ensureDemoSet(db());
    const school = address();
    await spend(db(), joinsPerClient, school, joinsPerClient.max - 1);
    expect(joined(await join(school, joinCode))).toBe(true);
    const over = await join(school, joinCode);
    expect(limited(over) && messageOf(over)).toBe(
      'Too many joins from your network. Try again in 60 minutes.'
    );
    expect(joined(await join(address(), joinCode))).toBe(true);
  });

  test('practice quizzes started from one address stop at 600 an hour, on either address of the form', async () => {
    const client = address();
    await spend(db(), practiceStartsPerClient, client, practiceStartsPerClient.max - 1);
    expect(joined((await practise(client, 'practice')).outcome)).toBe(true);
    for (const route of ['practice', 'article'] as const) {
      const { outcome, headers } = await practise(client, route);
      expect(limited(outcome) && messageOf(outcome)).toBe(
        'Too many practice quizzes started from your network. Try again in 60 minutes.'
      );
      expect(Number(headers.get('retry-after'))).toBeGreaterThan(59 * 60);
    }
    expect(joined((await practise(address(), 'article')).outcome)).toBe(true);
  });
});

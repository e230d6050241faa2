import type { RequestEvent } from '@sveltejs/kit';
import { startAttempt, type Database } from '@newsquiz/db';
import { databaseTargets, type ScratchDatabase } from '@newsquiz/db/test-databases';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { describeServerError, logServerError } from './error-log';
import { loggedErrorCauses } from './limits';

/** What a student could put in a join: a name with a NUL, and the browser's secret cookie beside it. */
const secretName = 'Sa\u0000ra Secretname';
const secretParticipant = 'participant-secret-4f9c2a7e1d';

describe.for(databaseTargets())(
  'what the server logs of a write the database refuses, on $kind',
  (target) => {
    let scratch: ScratchDatabase | undefined;
    let database: Database | undefined;
    beforeAll(async () => {
      scratch = await target.create();
      database = await scratch.open();
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await scratch?.remove();
    });

    async function refusedWrite(): Promise<unknown> {
      return startAttempt(database!.db, {
        setId: null,
        articleId: 'kerman-2024',
        studentName: secretName,
        participantId: secretParticipant,
        seed: 1234567,
        questions: [{ questionId: 'q-1', snapshot: { id: 'q-1', stem: 'Secret stem?' } }]
      }).then(
        () => null,
        (failure: unknown) => failure
      );
    }

    test('names the query, the database code and the stack, and none of the values the query was given', async () => {
      const failure = await refusedWrite();
      expect(failure).toBeInstanceOf(Error);
      // The error as it comes does print the values: that is what must not reach the log.
      expect((failure as Error).stack).toContain(secretParticipant);
      const logged = describeServerError(failure);
      expect(logged).toContain('failed query: insert into "attempts"');
      expect(logged).toContain('database error 22021');
      expect(logged).toMatch(/^\s+at /m);
      for (const value of [secretParticipant, 'Secretname', 'Sa', '1234567', 'kerman-2024'])
        expect(logged).not.toMatch(new RegExp(`\\b${value}\\b`));
    });

    test('the handleError hook logs the request and that description, nothing more', async () => {
      const failure = await refusedWrite();
      const logged: unknown[][] = [];
      const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));
      try {
        const event = {
          request: new Request('http://localhost/join', { method: 'POST' }),
          url: new URL('http://localhost/join')
        };
        await logServerError({
          error: failure,
          event: event as RequestEvent,
          status: 500,
          message: 'Internal Error'
        });
        await logServerError({
          error: new Error('Not found: /nowhere'),
          event: event as RequestEvent,
          status: 404,
          message: 'Not Found'
        });
      } finally {
        spy.mockRestore();
      }
      expect(logged).toEqual([[`[500] POST /join\n${describeServerError(failure)}`], ['[404] POST /join']]);
    });
  }
);

describe('errors that are not the database’s', () => {
  test('keep their message, down the cause chain', () => {
    const failure = new Error('Could not read the article', { cause: new TypeError('bad JSON') });
    expect(describeServerError(failure).split('\n').slice(0, 2)).toEqual([
      'Error: Could not read the article',
      'caused by TypeError: bad JSON'
    ]);
    expect(describeServerError('a string thrown')).toBe('a string thrown');
  });

  test('follow the cause chain only so far, so that a cycle or a long chain cannot flood the log', () => {
    const first = new Error('first');
    const second = new Error('second', { cause: first });
    Object.assign(first, { cause: second });
    const causes = describeServerError(first)
      .split('\n')
      .filter((line) => !/^\s+at /.test(line));
    expect(causes).toHaveLength(loggedErrorCauses);
  });
});

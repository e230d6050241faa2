import { getAttempt, isStorageError } from '@newsquiz/db';
import { backdateAttempt } from '@newsquiz/db/test-databases';
import { describe, expect, test } from 'vitest';
import { actions as practiceActions } from '../../../routes/practice/+page.server';
import { actions as joinActions } from '../../../routes/join/+page.server';
import { ensureDemoSet } from '../sets/demo-set';
import { cleanUp } from './cleanup';
import { practiceIdleHours } from './limits';
import { databaseTargets, outcomeOf, requestEvent, useAppDatabase } from './test-requests';

describe.for(databaseTargets())('the scheduled clean-up on $kind', (target) => {
  const database = useAppDatabase(target);
  const db = () => database.db();

  async function started(run: (event: never) => unknown, path: string, form: Record<string, string>) {
    const { event } = await requestEvent({ db: db(), client: '10.4.0.1', path, form });
    const outcome = await outcomeOf(() => run(event as never));
    if (outcome.kind !== 'redirect') throw new Error(`no attempt started: ${JSON.stringify(outcome)}`);
    return outcome.location.replace('/attempts/', '');
  }
  const practice = () => started(practiceActions.default!, '/practice', {});
  const age = (attemptId: string, hours: number) => backdateAttempt(db(), attemptId, hours);
  const exists = (attemptId: string) =>
    getAttempt(db(), attemptId).then(
      () => true,
      (failure: unknown) => {
        if (isStorageError(failure, 'not-found')) return false;
        throw failure;
      }
    );

  test(`deletes practice attempts untouched for ${practiceIdleHours} hours and keeps class attempts and newer practice`, async () => {
    const { joinCode } = await ensureDemoSet(db());
    const classAttempt = await started(joinActions.default!, '/join', { code: joinCode, name: 'Sara' });
    const idle = await practice();
    const almostIdle = await practice();
    const fresh = await practice();
    await age(classAttempt, practiceIdleHours + 1);
    await age(idle, practiceIdleHours + 1);
    await age(almostIdle, practiceIdleHours - 1);

    expect((await cleanUp(db())).practiceAttempts).toBe(1);
    const ids = [classAttempt, idle, almostIdle, fresh];
    expect(await Promise.all(ids.map(exists))).toEqual([true, false, true, true]);
  });
});

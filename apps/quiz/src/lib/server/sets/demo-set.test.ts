import { findTeacherByEmail, listSets } from '@newsquiz/db';
import { describe, expect, test } from 'vitest';
import { databaseTargets, useAppDatabase } from '../platform/test-requests';
import { demoTeacherEmail, ensureDemoSet } from './demo-set';

describe.for(databaseTargets())('the demo quiz on $kind', (target) => {
  const database = useAppDatabase(target);

  test('app servers starting at once on an empty database make one demo quiz between them', async () => {
    const made = await Promise.all(Array.from({ length: 4 }, () => ensureDemoSet(database.db())));
    expect(new Set(made.map((set) => set.joinCode)).size).toBe(1);
    const teacher = await findTeacherByEmail(database.db(), demoTeacherEmail);
    expect(await listSets(database.db(), teacher!.id)).toHaveLength(1);
    // A server started later finds it too.
    expect((await ensureDemoSet(database.db())).joinCode).toBe(made[0]!.joinCode);
  });
});

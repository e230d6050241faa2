import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getSet } from './question-sets.ts';
import { questionSets } from './schema.ts';
import { databaseTargets } from './test-databases.ts';
import { createTeacherWithSet, useScratchDatabase } from './test-fixtures.ts';

// PGlite runs one transaction at a time, so only a server can show a read waiting behind a writer.
const servers = databaseTargets().filter((target) => target.kind === 'postgres');

describe.for(servers)('reading a set beside its writers on $kind', (target) => {
  const db = useScratchDatabase(target);

  test('a teacher reads a set while another transaction holds it locked', async () => {
    const { teacher, set } = await createTeacherWithSet(db(), { questions: 2 });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let lockTaken!: () => void;
    const locked = new Promise<void>((resolve) => (lockTaken = resolve));
    const writer = db().transaction(async (tx) => {
      await tx.select().from(questionSets).where(eq(questionSets.id, set.id)).for('update');
      lockTaken();
      await released;
    });
    await locked;
    // A read that took the lock as well would wait here for the writer, which waits for the read: the test
    // would time out.
    const read = await getSet(db(), teacher.id, set.id);
    release();
    await writer;
    expect(read.id).toBe(set.id);
    expect(read.questions).toHaveLength(2);
  });
});

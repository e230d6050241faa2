import { addQuestions, createSet, createTeacher, openDatabase, type Database } from '@newsquiz/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getBank } from '$lib/server/sets/bank';
import type { PageServerData, PageServerLoadEvent } from './$types';
import { load } from './+page.server';

describe('the export page', () => {
  let database: Database;
  let teacher: Awaited<ReturnType<typeof createTeacher>>;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    teacher = await createTeacher(database.db, {
      email: 'exporter@example.org',
      displayName: 'Exporter',
      password: 'a long enough password'
    });
  }, 60_000);
  afterAll(() => database?.close());

  /** The page's data for a new quiz holding the first bank question of each type given. */
  async function pageOf(types: ('ordering' | 'true-false')[]) {
    const set = await createSet(database.db, teacher.id, { articleId: 'kerman-2024', title: 'Exports' });
    const questions = types.map((type) => getBank('kerman-2024', type)[0]!);
    await addQuestions(
      database.db,
      teacher.id,
      set.id,
      questions.map((question) => ({ sourceQuestionId: question.id, snapshot: question }))
    );
    const url = new URL(`http://localhost:3000/teacher/sets/${set.id}/export`);
    const event = { locals: { db: database.db, teacher }, url, params: { id: set.id } };
    const data = (await load(event as unknown as PageServerLoadEvent)) as PageServerData;
    return new Map(data.formats.map((format) => [format.format, format]));
  }

  test('says Moodle XML’s ordering questions need Moodle 4.4 or the ordering plugin', async () => {
    const formats = await pageOf(['true-false', 'ordering']);
    expect(formats.get('moodle-xml')!.needs).toEqual([
      'Ordering questions need Moodle 4.4 or later, or the Ordering question plugin (qtype_ordering) on an older Moodle.'
    ]);
    expect([...formats.values()].filter((format) => format.needs.length > 0)).toHaveLength(1);
  });

  test('says nothing of ordering when the quiz has no ordering question', async () => {
    const formats = await pageOf(['true-false']);
    expect([...formats.values()].flatMap((format) => format.needs)).toEqual([]);
  });
});

import { listResults } from '@newsquiz/db';
import { gradesCsv, gradesFileName } from '$lib/server/results/grades-csv';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const results = await listResults(locals.db, teacher.id, set.id);
  return new Response(gradesCsv(results), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${gradesFileName(set.title)}"`,
      'cache-control': 'private, no-store'
    }
  });
};

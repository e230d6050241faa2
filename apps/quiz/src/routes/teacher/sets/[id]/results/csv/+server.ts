import { listResults, questionPoints } from '@newsquiz/db';
import { gradesCsv, gradesFileName } from '$lib/server/results/grades-csv';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const [results, points] = await Promise.all([
    listResults(locals.db, teacher.id, set.id),
    questionPoints(locals.db, teacher.id, set.id)
  ]);
  return new Response(gradesCsv(results, points), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${gradesFileName(set.title)}"`,
      'cache-control': 'private, no-store'
    }
  });
};

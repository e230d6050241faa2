import { error } from '@sveltejs/kit';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { FormatId, formats } from '@newsquiz/question-bank';
import { exportFileName, exportSet } from '$lib/server/sets/set-export';
import { downloadPolicy } from '$lib/server/platform/download-policy';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const format = FormatId.safeParse(params.format);
  if (!format.success) error(404, 'No such export format.');
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const { body } = await exportSet(set, format.data);
  return new Response(typeof body === 'string' ? body : Buffer.from(body), {
    headers: {
      'content-type': formats[format.data].mediaType,
      'content-disposition': `attachment; filename="${exportFileName(set.title, format.data)}"`,
      'cache-control': 'private, no-store',
      // A worksheet opened in the browser keeps its own stylesheet; nothing in it runs.
      'content-security-policy': await downloadPolicy(format.data)
    }
  });
};

import { loadOwnedSet, questionsOf } from '$lib/server/owned-set';
import { FormatId, formats as bankFormats } from '@newsquiz/question-bank';
import { exportSet } from '$lib/server/set-export';
import { requireTeacher } from '$lib/server/teacher-session';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const stems = new Map(questionsOf(set).map(({ question }) => [question.id, question.stem]));
  const formats = await Promise.all(
    FormatId.options.map(async (format) => {
      const { skipped } = await exportSet(set, format);
      const { label, extension, use } = bankFormats[format];
      return {
        format,
        label,
        extension,
        use,
        skipped: skipped.map((entry) => `${stems.get(entry.questionId)} (${entry.message})`)
      };
    })
  );
  return { title: set.title, questionCount: set.questions.length, formats };
};

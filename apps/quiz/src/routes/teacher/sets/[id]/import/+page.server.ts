import { addQuestions } from '@newsquiz/db';
import { articleChoices } from '$lib/server/authoring/article-evidence';
import { getFactBase } from '$lib/server/platform/articles';
import { emptyGiftImport, readGiftImport } from '$lib/server/authoring/gift-import';
import { maxGiftLength } from '$lib/server/platform/limits';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { refuse } from '$lib/server/platform/form-refusal';
import { changeOwnedSet } from '$lib/server/sets/set-change';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  return {
    setId: set.id,
    title: set.title,
    values: emptyGiftImport,
    sizeLimitKb: maxGiftLength / 1024,
    ...articleChoices(getFactBase(set.articleId))
  };
};

export const actions: Actions = {
  default: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const result = await readGiftImport(await request.formData(), getFactBase(set.articleId));
    if (!result.ok) {
      return refuse(400, { fields: result.errors, values: result.values, problems: result.problems });
    }
    // One call, one transaction: every question taken is added, or none if the set cannot take them.
    const outcome = await changeOwnedSet(() =>
      addQuestions(
        locals.db,
        teacher.id,
        set.id,
        result.questions.map((question) => ({
          sourceQuestionId: null,
          snapshot: question,
          grounded: question.evidence.length > 0
        }))
      )
    );
    if (!('changed' in outcome)) {
      return refuse(400, { values: emptyGiftImport, problems: [outcome.data.message] });
    }
    return {
      added: result.questions.length,
      notGrounded: result.questions.filter((question) => question.grounded === false).length,
      skipped: result.skipped,
      notes: result.notes
    };
  }
};

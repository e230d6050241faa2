import { redirect } from '@sveltejs/kit';
import { addQuestions } from '@newsquiz/db';
import { QuestionType, questionTypeSummaries } from '@newsquiz/question-bank';
import { articleChoices } from '$lib/server/authoring/article-evidence';
import { getFactBase } from '$lib/server/platform/articles';
import {
  authoredQuestion,
  emptyValues,
  formValues,
  pressedRows
} from '$lib/server/authoring/authored-question';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { changeOwnedSet } from '$lib/server/sets/set-change';
import { refuse } from '$lib/server/platform/form-refusal';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

/** The type is chosen by a link, so the choice works without JavaScript and the form posts back to it. */
const chosenType = (url: URL) => QuestionType.safeParse(url.searchParams.get('type'));

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const type = chosenType(url);
  return {
    setId: set.id,
    title: set.title,
    type: type.success ? type.data : null,
    values: type.success ? emptyValues(type.data) : null,
    questionTypeSummaries,
    ...articleChoices(getFactBase(set.articleId))
  };
};

export const actions: Actions = {
  default: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const type = chosenType(url);
    if (!type.success) return refuse(400, { message: 'Choose a question type first.' });
    const form = await request.formData();
    const pressed = pressedRows(form, type.data);
    if (pressed?.ok) return pressed.changed;
    if (pressed)
      return refuse(400, { values: pressed.values, fields: pressed.errors, message: pressed.message });
    const factBase = getFactBase(set.articleId);
    const result = authoredQuestion(formValues(form), type.data, {
      article: factBase.article,
      topicIds: factBase.topics.map((topic) => topic.id)
    });
    if (!result.ok) return refuse(400, { values: result.values, fields: result.errors });
    const outcome = await changeOwnedSet(() =>
      addQuestions(locals.db, teacher.id, set.id, [
        { sourceQuestionId: null, snapshot: result.question, grounded: result.grounded }
      ])
    );
    // A refusal of the store keeps the form as typed, with the reason on top.
    if (!('changed' in outcome)) return refuse(400, { values: result.values, message: outcome.data.message });
    redirect(303, `/teacher/sets/${set.id}`);
  }
};

import { error, redirect } from '@sveltejs/kit';
import { replaceQuestion } from '@newsquiz/db';
import { Question } from '@newsquiz/question-bank';
import { articleChoices } from '$lib/server/authoring/article-evidence';
import { getFactBase } from '$lib/server/platform/articles';
import { authoredQuestion, formValues, pressedRows, valuesOf } from '$lib/server/authoring/authored-question';
import { loadOwnedSet, type OwnedSet } from '$lib/server/sets/owned-set';
import { changeOwnedSet } from '$lib/server/sets/set-change';
import { refuse } from '$lib/server/platform/form-refusal';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

/** A question of this set as it stands now; any other id, another set's included, is a 404. */
function currentQuestion(set: OwnedSet, setQuestionId: string) {
  const index = set.questions.findIndex((row) => row.id === setQuestionId);
  if (index < 0) error(404, 'No such question in this quiz.');
  return { number: index + 1, question: Question.parse(set.questions[index]!.snapshot) };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const { number, question } = currentQuestion(set, params.setQuestionId);
  return {
    title: set.title,
    number,
    type: question.type,
    values: valuesOf(question),
    ...articleChoices(getFactBase(set.articleId))
  };
};

export const actions: Actions = {
  default: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const { question: old } = currentQuestion(set, params.setQuestionId);
    const form = await request.formData();
    const pressed = pressedRows(form, old.type);
    if (pressed?.ok) return pressed.changed;
    if (pressed)
      return refuse(400, { values: pressed.values, fields: pressed.errors, message: pressed.message });
    const factBase = getFactBase(set.articleId);
    // The type stays: a question of another type is a new question.
    const result = authoredQuestion(formValues(form), old.type, {
      article: factBase.article,
      topicIds: factBase.topics.map((topic) => topic.id),
      factIds: old.factIds
    });
    if (!result.ok) return refuse(400, { values: result.values, fields: result.errors });
    // Saving an unchanged question would only retire a row for nothing.
    if (result.question.id !== old.id) {
      const outcome = await changeOwnedSet(() =>
        replaceQuestion(locals.db, teacher.id, set.id, params.setQuestionId, result.question, result.grounded)
      );
      // A refusal of the store keeps the form as typed, with the reason on top.
      if (!('changed' in outcome))
        return refuse(400, { values: result.values, message: outcome.data.message });
    }
    redirect(303, `/teacher/sets/${set.id}`);
  }
};

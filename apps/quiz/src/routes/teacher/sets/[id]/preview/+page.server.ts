import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Question } from '@newsquiz/question-bank';
import { findBankQuestion } from '$lib/server/sets/bank';
import { loadOwnedSet, questionsOf, type OwnedSet } from '$lib/server/sets/owned-set';
import { previewQuestions } from '$lib/server/sets/preview';
import { refuse } from '$lib/server/platform/form-refusal';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

/** What is previewed: one question of the set, one of the bank, or the whole quiz in its order. */
function previewed(set: OwnedSet, url: URL): { scope: 'question' | 'bank' | 'quiz'; questions: Question[] } {
  const setQuestionId = url.searchParams.get('question');
  if (setQuestionId !== null) {
    const found = questionsOf(set).find((row) => row.setQuestionId === setQuestionId);
    if (!found) error(404, 'No such question in this quiz.');
    return { scope: 'question', questions: [found.question] };
  }
  const bankId = z.string().max(40).nullable().safeParse(url.searchParams.get('bank'));
  if (!bankId.success) error(404, 'No such question in the bank.');
  if (bankId.data !== null) {
    const found = findBankQuestion(set.articleId, bankId.data);
    if (!found) error(404, 'No such question in the bank.');
    return { scope: 'bank', questions: [found] };
  }
  return { scope: 'quiz', questions: questionsOf(set).map((row) => row.question) };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const { scope, questions } = previewed(set, url);
  return {
    scope,
    title: set.title,
    instructions: set.instructions,
    questions: previewQuestions(questions).views
  };
};

export const actions: Actions = {
  /** Grades the answers tried, as a student's would be, and stores nothing. */
  default: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const { questions } = previewed(set, url);
    const preview = previewQuestions(questions, await request.formData());
    const answer = { checked: preview.checked, questions: preview.views, problems: preview.problems };
    if (Object.keys(preview.problems).length > 0)
      return refuse(400, {
        ...answer,
        message: 'Some answers need another look: see the questions marked below.'
      });
    if (preview.checked === 0)
      return refuse(400, { ...answer, message: 'Answer at least one question first.' });
    return answer;
  }
};

import { addQuestions } from '@newsquiz/db';
import { z } from 'zod';
import { getFactBase } from '$lib/server/platform/articles';
import { correctAnswerText, type Question } from '@newsquiz/question-bank';
import { getBank, pickedBankQuestions } from '$lib/server/sets/bank';
import { BankFilter, bankPage, filterBank } from '$lib/server/sets/bank-filter';
import { loadOwnedSet } from '$lib/server/sets/owned-set';
import { refuse } from '$lib/server/platform/form-refusal';
import { changeOwnedSet } from '$lib/server/sets/set-change';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const filter = BankFilter.parse(Object.fromEntries(url.searchParams));
  const inSet = new Set(set.questions.map((row) => row.sourceQuestionId));
  const matches = filterBank(getBank(set.articleId, filter.type), filter);
  const shown = bankPage(matches, filter.page);
  /** The same filters on another page; adding keeps them too, with or without JavaScript. */
  const queryFor = (page: number) => {
    // Without the action a form was posted to, which a page reached by a post still has in its address.
    const query = new URLSearchParams([...url.searchParams].filter(([name]) => !name.startsWith('/')));
    query.set('page', String(page));
    return `?${query}`;
  };
  return {
    addAction: `${queryFor(shown.page)}&/add`,
    addMatchingAction: `${queryFor(shown.page)}&/addMatching`,
    /** How many matches "add all" would add: those not yet in the quiz. */
    notYetAdded: matches.filter((question) => !inSet.has(question.id)).length,
    title: set.title,
    filter,
    topics: getFactBase(set.articleId).topics.map((topic) => ({ id: topic.id, label: topic.label })),
    bank: {
      total: matches.length,
      page: shown.page,
      pageCount: shown.pageCount,
      previousQuery: shown.page > 1 ? queryFor(shown.page - 1) : null,
      nextQuery: shown.page < shown.pageCount ? queryFor(shown.page + 1) : null,
      questions: shown.questions.map((question) => ({
        id: question.id,
        type: question.type,
        stem: question.stem,
        options: 'options' in question ? question.options.map((option) => option.text) : [],
        passage: 'passage' in question ? question.passage : null,
        skill: question.skill,
        difficulty: question.difficulty.level,
        answer: correctAnswerText(question),
        explanation: question.explanation,
        evidence: question.evidence,
        added: inSet.has(question.id),
        grounded: question.evidence.length > 0
      }))
    }
  };
};

const AddForm = z.object({ questionId: z.array(z.string().max(40)).max(500) });

/** Adds the questions, in one transaction: all of them or, on a refusal, none. */
async function addFromBank(locals: App.Locals, teacherId: string, setId: string, questions: Question[]) {
  const outcome = await changeOwnedSet(() =>
    addQuestions(
      locals.db,
      teacherId,
      setId,
      questions.map((question) => ({ sourceQuestionId: question.id, snapshot: question }))
    )
  );
  return 'changed' in outcome ? { added: questions.length } : outcome;
}

export const actions: Actions = {
  /** The questions ticked on this page. */
  add: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const form = await request.formData();
    const parsed = AddForm.safeParse({ questionId: form.getAll('questionId') });
    if (!parsed.success) return refuse(400, { message: 'The form named no questions of the bank.' });
    const inSet = new Set(set.questions.flatMap((row) => row.sourceQuestionId ?? []));
    const picked = pickedBankQuestions(set.articleId, parsed.data.questionId, inSet);
    if (!picked.ok) return refuse(400, { message: picked.message });
    return addFromBank(locals, teacher.id, set.id, picked.questions);
  },
  /** Every question the filters in the address match, on every page, that the quiz does not hold yet. */
  addMatching: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const filter = BankFilter.parse(Object.fromEntries(url.searchParams));
    const inSet = new Set(set.questions.flatMap((row) => row.sourceQuestionId ?? []));
    const questions = filterBank(getBank(set.articleId, filter.type), filter).filter(
      (question) => !inSet.has(question.id)
    );
    if (questions.length === 0)
      return refuse(400, { message: 'Every question these filters match is already in this quiz.' });
    return addFromBank(locals, teacher.id, set.id, questions);
  }
};

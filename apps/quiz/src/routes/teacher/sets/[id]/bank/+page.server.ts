import { addQuestions } from '@newsquiz/db';
import { z } from 'zod';
import { getFactBase } from '$lib/server/platform/articles';
import { correctAnswerText } from '@newsquiz/question-bank';
import { findBankQuestion, getBank } from '$lib/server/sets/bank';
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
    const query = new URLSearchParams(url.searchParams);
    query.set('page', String(page));
    return `?${query}`;
  };
  return {
    addAction: `${queryFor(shown.page)}&/add`,
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
        skill: question.skill,
        difficulty: question.difficulty.level,
        answer: correctAnswerText(question),
        explanation: question.explanation,
        evidence: question.evidence,
        added: inSet.has(question.id)
      }))
    }
  };
};

export const actions: Actions = {
  add: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const parsed = z
      .object({ questionId: z.string().max(40) })
      .safeParse(Object.fromEntries(await request.formData()));
    const question = parsed.success ? findBankQuestion(set.articleId, parsed.data.questionId) : undefined;
    if (!question) return refuse(400, { message: 'That question is not in the bank.' });
    if (set.questions.some((row) => row.sourceQuestionId === question.id)) {
      return refuse(400, { message: 'That question is already in this quiz.' });
    }
    return changeOwnedSet(() =>
      addQuestions(locals.db, teacher.id, set.id, [{ sourceQuestionId: question.id, snapshot: question }])
    );
  }
};

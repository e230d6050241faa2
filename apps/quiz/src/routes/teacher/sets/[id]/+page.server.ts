import { error, fail } from '@sveltejs/kit';
import {
  addQuestions,
  closeSet,
  getSet,
  isStorageError,
  listResults,
  moveQuestion,
  publishSet,
  removeQuestion,
  SetSettings,
  updateSet
} from '@newsquiz/db';
import { DifficultyLevel, Question, QuestionType, Skill, studentView } from '@newsquiz/question-bank';
import { z } from 'zod';
import { getFactBase } from '$lib/server/articles';
import { correctAnswerText } from '$lib/server/answer-text';
import { getBank } from '$lib/server/bank';
import { getDatabase } from '$lib/server/database';
import { requireTeacher } from '$lib/server/teacher-session';
import type { Actions, PageServerLoad } from './$types';

const bankPageSize = 20;

const BankFilter = z.object({
  type: QuestionType.optional().catch(undefined),
  topic: z.string().max(80).optional().catch(undefined),
  skill: Skill.optional().catch(undefined),
  difficulty: DifficultyLevel.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined)
});

/** Someone else's set, or no set at all: the same 404, so that ids reveal nothing. */
async function loadOwnedSet(teacherId: string, setId: string) {
  try {
    return await getSet((await getDatabase()).db, teacherId, setId);
  } catch (failure) {
    if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
      error(404, 'No such quiz.');
    throw failure;
  }
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(teacher.id, params.id);
  const filter = BankFilter.parse(Object.fromEntries(url.searchParams));
  const inSet = new Set(set.questions.map((row) => row.sourceQuestionId));
  const needle = filter.q?.toLowerCase();
  const matches = getBank(set.articleId).filter(
    (question) =>
      (!filter.type || question.type === filter.type) &&
      (!filter.topic || question.topic === filter.topic) &&
      (!filter.skill || question.skill === filter.skill) &&
      (!filter.difficulty || question.difficulty.level === filter.difficulty) &&
      (!needle || JSON.stringify(studentView(question)).toLowerCase().includes(needle))
  );
  const facts = getFactBase(set.articleId);
  return {
    set: {
      id: set.id,
      title: set.title,
      instructions: set.instructions,
      status: set.status,
      joinCode: set.joinCode,
      settings: set.settings,
      questions: set.questions.map((row) => {
        const question = Question.parse(row.snapshot);
        return { id: row.id, type: question.type, stem: question.stem, answer: correctAnswerText(question) };
      })
    },
    joinUrl: set.joinCode ? `${url.origin}/join?code=${set.joinCode}` : null,
    filter,
    topics: facts.topics.map((topic) => ({ id: topic.id, label: topic.label })),
    bank: {
      total: matches.length,
      questions: matches.slice(0, bankPageSize).map((question) => ({
        id: question.id,
        type: question.type,
        stem: question.stem,
        skill: question.skill,
        difficulty: question.difficulty.level,
        answer: correctAnswerText(question),
        added: inSet.has(question.id)
      }))
    },
    results: await listResults((await getDatabase()).db, teacher.id, set.id)
  };
};

const SetQuestionForm = z.object({ setQuestionId: z.uuid() });
const MoveForm = SetQuestionForm.extend({ direction: z.enum(['up', 'down']) });
const OptionalMinutes = z.preprocess(
  (value) => (value === '' ? null : value),
  z.coerce.number().int().min(1).max(600).nullable()
);
const OptionalCount = z.preprocess(
  (value) => (value === '' ? null : value),
  z.coerce.number().int().min(1).max(100).nullable()
);
const SettingsForm = z.object({
  title: z.string(),
  instructions: z.string(),
  layout: SetSettings.shape.layout,
  feedback: SetSettings.shape.feedback,
  timeLimitMinutes: OptionalMinutes,
  attemptsAllowed: OptionalCount,
  drawCount: OptionalCount,
  shuffleQuestions: z.literal('on').optional(),
  shuffleOptions: z.literal('on').optional()
});

async function formOf(request: Request) {
  return Object.fromEntries(await request.formData());
}

/** Runs a change to the teacher's own set; a refusal becomes a message on the page, never a half change. */
async function change<T>(run: () => Promise<T>) {
  try {
    await run();
    return { changed: true };
  } catch (failure) {
    if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
    if (isStorageError(failure)) return fail(400, { message: failure.message });
    throw failure;
  }
}

export const actions: Actions = {
  add: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(teacher.id, params.id);
    const parsed = z.object({ questionId: z.string().max(40) }).safeParse(await formOf(request));
    const question = parsed.success
      ? getBank(set.articleId).find((q) => q.id === parsed.data.questionId)
      : undefined;
    if (!question) return fail(400, { message: 'That question is not in the bank.' });
    if (set.questions.some((row) => row.sourceQuestionId === question.id)) {
      return fail(400, { message: 'That question is already in this quiz.' });
    }
    const { db } = await getDatabase();
    return change(() =>
      addQuestions(db, teacher.id, set.id, [{ sourceQuestionId: question.id, snapshot: question }])
    );
  },
  remove: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = SetQuestionForm.safeParse(await formOf(request));
    if (!parsed.success) return fail(400, { message: 'The form named no question of this quiz.' });
    const { db } = await getDatabase();
    return change(() => removeQuestion(db, teacher.id, params.id, parsed.data.setQuestionId));
  },
  move: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = MoveForm.safeParse(await formOf(request));
    if (!parsed.success) return fail(400, { message: 'The form named no question of this quiz.' });
    const { db } = await getDatabase();
    return change(() =>
      moveQuestion(db, teacher.id, params.id, parsed.data.setQuestionId, parsed.data.direction)
    );
  },
  settings: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = SettingsForm.safeParse(await formOf(request));
    if (!parsed.success) return fail(400, { errors: z.flattenError(parsed.error).fieldErrors });
    const { title, instructions, shuffleQuestions, shuffleOptions, ...rest } = parsed.data;
    const { db } = await getDatabase();
    try {
      await updateSet(db, teacher.id, params.id, {
        title,
        instructions,
        settings: {
          ...rest,
          shuffleQuestions: shuffleQuestions === 'on',
          shuffleOptions: shuffleOptions === 'on'
        }
      });
      return { settingsSaved: true };
    } catch (failure) {
      if (isStorageError(failure, 'invalid-input')) {
        const errors = Object.fromEntries(
          failure.problem.issues.map((issue) => [issue.path.split('.').pop(), [issue.message]])
        );
        return fail(400, { errors });
      }
      if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
      throw failure;
    }
  },
  publish: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    const { db } = await getDatabase();
    return change(() => publishSet(db, teacher.id, params.id));
  },
  close: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    const { db } = await getDatabase();
    return change(() => closeSet(db, teacher.id, params.id));
  }
};

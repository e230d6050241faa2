import { loadOwnedSet, questionsOf } from '$lib/server/sets/owned-set';
import {
  FormatId,
  formats as bankFormats,
  leftOut,
  type BankFormat,
  type QuestionType
} from '@newsquiz/question-bank';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const questions = questionsOf(set).map(({ question }) => question);
  const stems = new Map(questions.map((question) => [question.id, question.stem]));
  // What each format leaves out follows from what it declares it cannot hold: nothing is exported here.
  const types = new Set(questions.map((question) => question.type));
  const formats = FormatId.options.map((format) => {
    const { label, extension, use, limits, needs = {} }: BankFormat = bankFormats[format];
    return {
      format,
      label,
      extension,
      use,
      skipped: leftOut(limits, questions).map((entry) => `${stems.get(entry.questionId)} (${entry.message})`),
      // Only what this quiz's questions need of the tool that imports the file.
      needs: Object.entries(needs).flatMap(([type, need]) => (types.has(type as QuestionType) ? [need] : []))
    };
  });
  return { title: set.title, questionCount: set.questions.length, formats };
};

import { findOpenSetByJoinCode, isStorageError, normalizeJoinCode } from '@newsquiz/db';
import { z } from 'zod';
import { participantId } from '$lib/server/attempts/attempt-access';
import { startAttemptForBrowser } from '$lib/server/attempts/start-attempt';
import { refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { drawSetQuestions, newSeed, questionsPerStudent } from '$lib/server/attempts/quiz-draw';
import type { Actions, PageServerLoad } from './$types';

const JoinForm = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code your teacher gave you.')
    .max(20, 'That code is too long.')
    .check(noNul('The code')),
  name: z
    .string()
    .trim()
    .min(1, 'Enter the name your teacher will see.')
    .max(60, 'Keep your name under 60 characters.')
    .check(noNul('Your name'))
});

/** The code is typed on the page that finds the quiz, the name on the quiz's own page. */
const inputIds = { code: 'join-code', name: 'student-name' };

const noSuchCode = (code: string) =>
  `No open quiz has the code ${code}. Check it with your teacher: it has six letters and digits.`;

// A student page works whole as the server renders it; without the client router a fresh visit loads
// next to no JavaScript (see the budget in tests/e2e/src/js-budget.spec.ts).
export const csr = false;

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const typed = url.searchParams.get('code')?.trim() ?? '';
  if (!typed) return { code: '', set: null, codeError: null };
  const code = normalizeJoinCode(typed).slice(0, 20);
  const set = await findOpenSetByJoinCode(locals.db, code);
  if (!set) return { code, set: null, codeError: noSuchCode(code) };
  // Known before the join is posted, so that a join retried after a lost answer continues the same attempt.
  participantId(cookies, url);
  return {
    code,
    codeError: null,
    set: {
      title: set.title,
      instructions: set.instructions,
      questionCount: questionsPerStudent(set.questions, set.settings),
      timeLimitMinutes: set.settings.timeLimitMinutes,
      attemptsAllowed: set.settings.attemptsAllowed
    }
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { locals, request } = event;
    const form = Object.fromEntries(await request.formData());
    const parsed = JoinForm.safeParse({ code: form.code ?? '', name: form.name ?? '' });
    const name = typeof form.name === 'string' ? form.name : '';
    const values = { name };
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, inputIds), values });
    const code = normalizeJoinCode(parsed.data.code);
    const set = await findOpenSetByJoinCode(locals.db, code);
    if (!set) return refuse(400, { fields: { 'join-code': [noSuchCode(code)] }, values });

    const seed = newSeed();
    try {
      return await startAttemptForBrowser(event, {
        setId: set.id,
        articleId: set.articleId,
        studentName: parsed.data.name,
        seed,
        questions: drawSetQuestions(set.questions, set.settings, seed)
      });
    } catch (failure) {
      if (isStorageError(failure)) return refuse(400, { fields: { 'join-code': [failure.message] }, values });
      throw failure;
    }
  }
};

import { error } from '@sveltejs/kit';
import {
  getLiveSession,
  isStorageError,
  LiveAction,
  moveLiveSession,
  showLiveLeaderboard,
  type Db
} from '@newsquiz/db';
import { z } from 'zod';
import { presentedQuestion } from '$lib/server/live/presenter-view';
import { refuse } from '$lib/server/platform/form-refusal';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import { joinQrSvg } from '$lib/server/sets/join-qr';
import type { Actions, PageServerLoad } from './$types';

/** The teacher's own session of this set, or the same 404 for any other id. */
async function ownedSession(db: Db, teacherId: string, setId: string, sessionId: string) {
  try {
    const session = await getLiveSession(db, teacherId, sessionId);
    if (session.setId !== setId) error(404, 'No such live session.');
    return session;
  } catch (failure) {
    if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
      error(404, 'No such live session.');
    throw failure;
  }
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const session = await ownedSession(locals.db, teacher.id, params.id, params.sessionId);
  const joinUrl = `${url.origin}/join?code=${session.joinCode}`;
  const ended = session.state === 'ended';
  return {
    session: {
      id: session.id,
      setId: session.setId,
      title: session.setTitle,
      articleId: session.articleId,
      state: session.state,
      pausedFrom: session.pausedFrom,
      position: session.position,
      version: session.version,
      questionCount: session.questionCount,
      joinCode: session.joinCode,
      questionSeconds: session.questionSeconds,
      speedPoints: session.speedPoints,
      leaderboardShown: session.leaderboardShown
    },
    leaderboard: session.leaderboard,
    joinUrl,
    joinQr: ended ? null : await joinQrSvg(joinUrl),
    participants: session.participants,
    current: presentedQuestion(session),
    // The class summary, once the session has ended.
    summary: ended
      ? session.questions.map((question, index) => ({
          number: index + 1,
          stem: String(question.snapshot['stem'] ?? ''),
          ...session.tally[index]!
        }))
      : null
  };
};

const MoveForm = z.object({ move: LiveAction });
const LeaderboardForm = z.object({ leaderboard: z.enum(['show', 'hide']) });

export const actions: Actions = {
  /** Every button of the presenter: one guarded move, so that two tabs cannot both make it. */
  move: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    await ownedSession(locals.db, teacher.id, params.id, params.sessionId);
    const form = Object.fromEntries(await request.formData());
    const parsed = MoveForm.safeParse({ move: form.move ?? '' });
    if (!parsed.success)
      return refuse(400, {
        message: `The move must be one of ${LiveAction.options.join(', ')}; nothing changed.`
      });
    try {
      await moveLiveSession(locals.db, teacher.id, params.sessionId, parsed.data.move);
      return { moved: parsed.data.move };
    } catch (failure) {
      if (isStorageError(failure, 'live-session-moved')) return refuse(409, { message: failure.message });
      if (isStorageError(failure, 'not-found')) error(404, 'No such live session.');
      throw failure;
    }
  },
  /** Shows or hides the leaderboard: guarded like a move, and never while a question is open. */
  leaderboard: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    await ownedSession(locals.db, teacher.id, params.id, params.sessionId);
    const form = Object.fromEntries(await request.formData());
    const parsed = LeaderboardForm.safeParse({ leaderboard: form.leaderboard ?? '' });
    if (!parsed.success)
      return refuse(400, { message: 'The leaderboard can be shown or hidden; nothing changed.' });
    const shown = parsed.data.leaderboard === 'show';
    try {
      return await showLiveLeaderboard(locals.db, teacher.id, params.sessionId, shown);
    } catch (failure) {
      if (isStorageError(failure, 'live-session-moved'))
        return refuse(409, {
          message: `The leaderboard shows only once answers are closed (the session is ${failure.problem.state}): nothing changed.`
        });
      if (isStorageError(failure, 'not-found')) error(404, 'No such live session.');
      throw failure;
    }
  }
};

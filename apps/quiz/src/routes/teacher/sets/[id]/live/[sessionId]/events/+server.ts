import { error } from '@sveltejs/kit';
import { getLiveSession, isStorageError, liveAnswersChannel, liveChannel } from '@newsquiz/db';
import { liveEventStream } from '$lib/server/live/live-events';
import { getDatabase } from '$lib/server/platform/database';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { RequestHandler } from './$types';

/** The session's events for the presenter page: each move and each answer, from any app server. */
export const GET: RequestHandler = async ({ locals, url, params, request }) => {
  const teacher = requireTeacher(locals, url);
  const current = async () => {
    const session = await getLiveSession(locals.db, teacher.id, params.sessionId);
    if (session.setId !== params.id) error(404, 'No such live session.');
    return { kind: 'state', version: session.version, state: session.state };
  };
  try {
    await current();
  } catch (failure) {
    if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
      error(404, 'No such live session.');
    throw failure;
  }
  const { listen } = await getDatabase();
  const channels = [liveChannel(params.sessionId), liveAnswersChannel(params.sessionId)];
  return liveEventStream(listen, channels, current, request.signal);
};

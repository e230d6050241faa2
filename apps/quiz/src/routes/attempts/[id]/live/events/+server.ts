import { error } from '@sveltejs/kit';
import { liveChannel, liveSessionOfAttempt } from '@newsquiz/db';
import { attemptToken } from '$lib/server/attempts/attempt-access';
import { liveEventStream } from '$lib/server/live/live-events';
import { getDatabase } from '$lib/server/platform/database';
import type { RequestHandler } from './$types';

/** The session's moves for a student's live page, for the browser that holds the attempt's token. */
export const GET: RequestHandler = async ({ locals, params, cookies, request }) => {
  const token = attemptToken(cookies, params.id);
  const read = async () => {
    const session = token ? await liveSessionOfAttempt(locals.db, params.id, token) : null;
    if (!session) error(404, 'No such live session in this browser.');
    return session;
  };
  const { id } = await read();
  const { listen } = await getDatabase();
  const current = async () => ({ kind: 'state', version: (await read()).version });
  return liveEventStream(listen, [liveChannel(id)], current, request.signal);
};

import type { ServerInit } from '@sveltejs/kit';
import { getDemoJoinCode } from '$lib/server/database';

// Open, migrate and seed the database at start-up, so that a bad DATABASE_URL stops the server at once.
export const init: ServerInit = async () => {
  await getDemoJoinCode();
};

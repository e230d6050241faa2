// The built app asked to stop (SIGTERM) while students follow a live session: their event streams end at
// once, so the server exits without waiting out adapter-node's SHUTDOWN_TIMEOUT, and the browsers'
// EventSources are free to reconnect to another server. Needs the build, as database-faults.test.ts does.
import { describe, expect, test } from 'vitest';
import { startAppServer } from './app-server.ts';
import { Browser } from './browser.ts';
import { freePort } from './free-port.ts';
import { LoadMetrics } from './load-metrics.ts';
import { LiveClass } from './live-student.ts';
import { startLiveTeacher } from './live-teacher.ts';
import { databaseTargets } from './scratch-database.ts';
import { seedQuiz } from './seed-quiz.ts';

describe('an app server stopping under a live session', () => {
  test(
    'ends the students’ event streams and exits long before its shutdown timeout',
    { timeout: 120_000 },
    async () => {
      const scratch = await databaseTargets(undefined)[0]!.create();
      try {
        const setup = await scratch.open();
        const quiz = await seedQuiz(setup.db, { questionCount: 2, seed: 8 });
        await setup.close();
        // Far longer than the stop below waits (15 s): exiting in time means the streams were ended.
        const server = await startAppServer(await freePort(), {
          ...scratch.serverEnv,
          SHUTDOWN_TIMEOUT: '600'
        });
        let stopped = false;
        try {
          const metrics = new LoadMetrics();
          const teacher = await startLiveTeacher(new Browser(server.origin, metrics), quiz, new LiveClass());
          const streams = await Promise.all(
            ['Ava', 'Ben'].map(async (name) => {
              const student = new Browser(server.origin, metrics);
              const joined = await student.post('join', '/join', [
                ['code', teacher.joinCode],
                ['name', name]
              ]);
              expect(joined.location).toMatch(/\/live$/);
              const events = student.eventSource(`${joined.location}/events`);
              const ended = new Promise<void>((resolve) => events.addEventListener('error', () => resolve()));
              await new Promise((resolve) => events.addEventListener('message', resolve, { once: true }));
              return { events, ended };
            })
          );
          await server.stop();
          stopped = true;
          await Promise.all(streams.map((stream) => stream.ended));
          for (const stream of streams) stream.events.close();
        } finally {
          if (!stopped) await server.kill();
        }
      } finally {
        await scratch.remove();
      }
    }
  );
});

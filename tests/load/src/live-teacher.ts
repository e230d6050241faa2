import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, PageResponse } from './browser.ts';
import type { LiveClass } from './live-student.ts';
import type { SeededQuiz } from './seed-quiz.ts';

/** How long the teacher waits for the class's answers to a question before closing it anyway. */
const answerWaitMs = 60_000;
/** How long the teacher talks over a closed question and over its answer before moving on. */
const closedForMs = 1_000;
const explainForMs = 2_000;

function expectStatus(response: PageResponse, status: number, what: string): void {
  if (response.status !== status) {
    const detail = response.location ?? response.body.replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`teacher, ${what}: expected ${status}, got ${response.status} ${detail}`);
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

export type LiveTeacher = {
  joinCode: string;
  /**
   * Leads the class through every question once `students` have joined: open (or next), wait for every
   * answer, close, reveal, explain; then ends the session. `afterReveal` runs once each answer is shown.
   */
  lead: (options: {
    students: number;
    joined: () => number;
    afterReveal?: (number: number) => Promise<void>;
  }) => Promise<void>;
};

/**
 * The teacher with JavaScript on the presenter page: signs in, starts a live session of the quiz, and,
 * while leading it, follows the presenter's event stream, loading the page's data again after each event
 * one load at a time, as the page's script does.
 */
export async function startLiveTeacher(
  browser: Browser,
  quiz: SeededQuiz,
  liveClass: LiveClass
): Promise<LiveTeacher> {
  const signedIn = await browser.post('join', '/teacher/login', [
    ['email', quiz.teacherEmail],
    ['password', quiz.teacherPassword]
  ]);
  expectStatus(signedIn, 303, 'sign-in');
  // The start form as the set page sends it with its defaults: no time per question, no points for speed.
  const started = await browser.post('submit', `/teacher/sets/${quiz.setId}?/startLive`, [
    ['questionSeconds', '']
  ]);
  expectStatus(started, 303, 'start a live session');
  const presenterPath = started.location ?? '';
  const presenter = await browser.get('page', presenterPath);
  expectStatus(presenter, 200, 'presenter page');
  const joinCode = /class="live-code[^"]*">([^<]+)</.exec(presenter.body)?.[1];
  if (!joinCode) throw new Error('teacher: the presenter page shows no join code');

  const move = async (name: string) => {
    expectStatus(await browser.post('submit', `${presenterPath}?/move`, [['move', name]]), 200, name);
  };

  return {
    joinCode,
    async lead({ students, joined, afterReveal }) {
      const events = browser.eventSource(`${presenterPath}/events`);
      let loading: Promise<void> | null = null;
      let again = false;
      const refresh = () => {
        if (loading) {
          again = true;
          return;
        }
        loading = (async () => {
          do {
            again = false;
            expectStatus(
              await browser.get('page', `${presenterPath}/__data.json?x-sveltekit-invalidated=11`),
              200,
              'presenter data'
            );
          } while (again);
        })().finally(() => (loading = null));
      };
      events.addEventListener('message', refresh);
      try {
        if (!(await until(() => joined() >= students, 120_000)))
          throw new Error(`teacher: only ${joined()} of ${students} students joined within 120 s`);
        for (let number = 1; number <= quiz.questionCount; number += 1) {
          liveClass.openSentAt.set(number, performance.now());
          await move(number === 1 ? 'open' : 'next');
          await until(() => (liveClass.settled.get(number) ?? 0) >= students, answerWaitMs);
          await sleep(closedForMs);
          await move('close');
          await move('reveal');
          await afterReveal?.(number);
          await sleep(explainForMs);
        }
        await move('end');
      } finally {
        events.close();
        await loading;
      }
    }
  };
}

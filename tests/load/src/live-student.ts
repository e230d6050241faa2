import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Random } from '@newsquiz/question-bank';
import type { Browser, PageResponse } from './browser.ts';
import type { EventSource } from 'eventsource';
import { parseLivePage, type QuestionPage } from './question-page.ts';
import { planAnswer } from './random-answer.ts';
import type { StudentRecord, ThinkTime } from './student.ts';

/** What the class's run keeps of one live session, shared by the teacher and every student. */
export class LiveClass {
  /** Question number to when the teacher's request to open it was sent (performance.now()). */
  readonly openSentAt = new Map<number, number>();
  /** Question number to how long each student took from that request to a page showing it open. */
  readonly openToSeenMs = new Map<number, number[]>();
  /** Question number to the students whose answer to it the server acknowledged or refused as too late. */
  readonly settled = new Map<number, number>();
  /** Students whose join the server acknowledged. */
  joined = 0;
  /** Answers refused because the teacher had closed the question first. */
  answersTooLate = 0;
  /** Event streams that ended under a student (a server gone) and were opened again. */
  streamsLost = 0;

  seen(number: number, at: number): void {
    const sentAt = this.openSentAt.get(number);
    if (sentAt === undefined) return;
    const samples = this.openToSeenMs.get(number) ?? [];
    samples.push(at - sentAt);
    this.openToSeenMs.set(number, samples);
  }

  settle(number: number): void {
    this.settled.set(number, (this.settled.get(number) ?? 0) + 1);
  }
}

function expectOk(response: PageResponse, what: string): void {
  if (response.status !== 200) {
    const detail = response.location ?? response.body.replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`${what}: expected 200, got ${response.status} ${detail}`);
  }
}

/**
 * One student with JavaScript in a live session, from the join code to the results, as the page's script
 * behaves: each page it loads opens the session's event stream, and a state on it newer than the page's
 * fetches the page and puts it in place, on the same stream (a question half answered is left). A question
 * seen open is answered after thinking a while: the form's post loads a new page, with a new stream. Ends on the results page once the teacher ends the session; throws,
 * naming the step, when the app answers anything a working session does not.
 */
export async function takeLiveSession(
  browser: Browser,
  joinCode: string,
  random: Random,
  record: StudentRecord,
  liveClass: LiveClass,
  thinkTimeMs: ThinkTime
): Promise<void> {
  expectOk(await browser.get('page', `/join?code=${joinCode}`), 'join page');
  const joined = await browser.post('join', '/join', [
    ['code', joinCode],
    ['name', record.name]
  ]);
  const match = /^\/attempts\/([0-9a-f-]{36})\/live$/.exec(joined.location ?? '');
  if (joined.status !== 303 || !match) {
    throw new Error(`join: expected a redirect to a live page, got ${joined.status} ${joined.location}`);
  }
  record.attemptId = match[1]!;
  liveClass.joined += 1;
  const livePath = match[0];

  const resultsPath = `/attempts/${record.attemptId}/results`;
  // Each page the browser loads (the join's, an answer's) runs the script again, which opens a stream.
  let page = await browser.get('page', livePath);
  for (;;) {
    const stream = new SessionStream(browser.eventSource(`${livePath}/events`), liveClass);
    try {
      for (;;) {
        if (page.status === 303 && page.location === resultsPath) {
          expectOk(await browser.get('page', resultsPath), 'results page');
          record.submitted = true;
          return;
        }
        if (page.status !== 409) expectOk(page, `live page ${livePath}`);
        const { version, open } = parseLivePage(page.body);
        const moved = stream.beyond(version);
        if (open && !record.answers.has(open.number)) {
          liveClass.seen(open.number, performance.now());
          const thought = sleep(random.int(thinkTimeMs.min, thinkTimeMs.max), 'answer' as const);
          if ((await Promise.race([moved, thought])) === 'answer') {
            moved.catch(() => undefined);
            break;
          }
        } else await moved;
        // The script fetches the page and puts it in place, on the same stream.
        page = await browser.get('page', livePath);
      }
    } finally {
      stream.close();
    }
    const { open } = parseLivePage(page.body);
    page = await answer(browser, livePath, open!, random, record, liveClass);
  }
}

/**
 * A page's event stream as its script reads it: the latest version announced (the first message is the
 * state as it is now, so a move made while it connected is not missed), and a wait for one beyond a page's.
 */
class SessionStream {
  #latest = -1;
  #waiting: { version: number; resolve: (moved: 'moved') => void; reject: (error: Error) => void }[] = [];

  constructor(
    readonly events: EventSource,
    liveClass: LiveClass
  ) {
    events.addEventListener('message', (event) => {
      const data = JSON.parse(event.data) as { kind: string; version?: number };
      if (data.kind !== 'state' || data.version === undefined) return;
      this.#latest = Math.max(this.#latest, data.version);
      this.#waiting = this.#waiting.filter((wait) => {
        if (this.#latest <= wait.version) return true;
        wait.resolve('moved');
        return false;
      });
    });
    events.addEventListener('error', (event) => {
      if (events.readyState !== events.CLOSED) {
        liveClass.streamsLost += 1;
        return;
      }
      for (const wait of this.#waiting) wait.reject(new Error(`event stream closed: ${event.message}`));
      this.#waiting = [];
    });
  }

  /** Resolves once a version past `version` has been announced. */
  beyond(version: number): Promise<'moved'> {
    if (this.#latest > version) return Promise.resolve('moved');
    return new Promise((resolve, reject) => this.#waiting.push({ version, resolve, reject }));
  }

  close(): void {
    this.events.close();
  }
}

/** Sends the planned answer; the page the browser shows next (the redirect followed, or the refusal). */
async function answer(
  browser: Browser,
  livePath: string,
  open: QuestionPage,
  random: Random,
  record: StudentRecord,
  liveClass: LiveClass
): Promise<PageResponse> {
  const planned = planAnswer(open, random);
  const sent = await browser.post('answer', livePath, [['number', String(open.number)], ...planned.fields]);
  liveClass.settle(open.number);
  // Closed by the teacher while the student was answering: the refusal page shows where the class is.
  if (sent.status === 409) {
    liveClass.answersTooLate += 1;
    return sent;
  }
  if (sent.status !== 303 || sent.location !== livePath) {
    throw new Error(`answer to question ${open.number}: got ${sent.status} ${sent.location ?? ''}`);
  }
  record.answers.set(open.number, planned.expected);
  browser.metrics.answersAcknowledged += 1;
  return browser.get('page', livePath);
}

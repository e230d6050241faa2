// @ts-check
// What JavaScript adds to a student's live page: it follows the session's events (Server-Sent Events) and
// loads the page again when the teacher moves the session on, instead of the refresh every few seconds that
// the page does without JavaScript. It ships as written, a few hundred bytes, like quiz-page-script.js.

const live = /** @type {HTMLElement | null} */ (document.querySelector('[data-live-events]'));
if (live) {
  const shown = Number(live.dataset.version);
  const events = new EventSource(String(live.dataset.liveEvents));
  events.onmessage = (event) => {
    const data = JSON.parse(event.data);
    // The first message is the session as it is now: a page older than that loads again too.
    if (data.kind === 'state' && data.version !== shown) {
      events.close();
      location.reload();
    }
  };
}

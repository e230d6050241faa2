// @ts-check
// What JavaScript adds to a student's live page: it follows the session's events (Server-Sent Events) and,
// when the teacher moves the session on, fetches the page and puts it in place, keeping the stream open. A
// reload would open a new stream each time, and a class of hundreds would open hundreds at every move.
// Without JavaScript the page refreshes itself every few seconds instead. It ships as written, a few
// hundred bytes, like quiz-page-script.js.

const selector = '[data-live-events]';
let live = /** @type {HTMLElement | null} */ (document.querySelector(selector));
if (live) {
  const shown = () => Number(live?.dataset.version);
  let latest = shown();
  let loading = false;
  const load = async () => {
    loading = true;
    try {
      while (live && shown() < latest) {
        const response = await fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' });
        // The session ended (the results page) or the attempt is gone: that page, as a reload would show.
        if (!response.ok || new URL(response.url).pathname !== location.pathname) {
          location.assign(response.url);
          return;
        }
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const next = /** @type {HTMLElement | null} */ (page.querySelector(selector));
        if (!next) throw new Error('not a live page');
        live.replaceWith(next);
        live = next;
        document.title = page.title;
      }
    } catch {
      location.reload();
    } finally {
      loading = false;
    }
  };
  const events = new EventSource(String(live.dataset.liveEvents));
  events.onmessage = (event) => {
    const data = JSON.parse(event.data);
    // The first message is the session as it is now: a page older than that is brought up to date too.
    if (data.kind !== 'state') return;
    latest = Math.max(latest, data.version);
    if (!loading && shown() < latest) void load();
  };
}

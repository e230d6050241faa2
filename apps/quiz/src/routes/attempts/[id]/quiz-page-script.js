// @ts-check
// What JavaScript adds to a quiz page that the server renders whole: a ticking countdown that hands in what
// is on the page when time is up, saving as the student goes, and buttons that move the items of an
// ordering question. The file ships as written (no framework, no build step), so a student's browser loads
// a couple of kilobytes instead of SvelteKit's client router.

/** The form that holds what the student has entered: the countdown hands it in, so that nothing is lost. */
const answerForm = /** @type {HTMLFormElement | null} */ (document.querySelector('form[data-timeout-form]'));

/** @param {HTMLElement} countdown a `.countdown` paragraph holding the seconds left when the page was made */
function tickCountdown(countdown) {
  const secondsLeft = Number(countdown.dataset.secondsLeft);
  if (!Number.isFinite(secondsLeft)) return;
  // Counted from the page's arrival rather than from a clock time, so that a wrong clock in the browser
  // does not end the quiz early or late.
  const end = Date.now() + secondsLeft * 1000;
  const time = document.createElement('span');
  const timer = document.createElement('span');
  timer.setAttribute('role', 'timer');
  timer.setAttribute('aria-live', 'off');
  timer.append('Time left: ', time);
  countdown.replaceChildren(timer);

  // A page that opens with no time left comes back from a post that was a moment early by the server's
  // clock: it waits before it asks again, rather than asking in a tight loop.
  const askAfter = secondsLeft === 0 ? 2000 : 0;
  const tick = () => {
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    time.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    countdown.classList.toggle('urgent', left <= 60);
    if (left > 0) return;
    clearInterval(interval);
    setTimeout(handIn, askAfter);
  };
  const interval = setInterval(tick, 1000);
  tick();
}

/** Sends what is on the page as the countdown's post; the server keeps it and hands in when time is up. */
function handIn() {
  // A page without answers to send: a plain visit lets the server end the attempt.
  if (!answerForm) {
    location.assign(location.pathname);
    return;
  }
  const intent = document.createElement('input');
  intent.type = 'hidden';
  intent.name = 'intent';
  intent.value = 'timeout';
  answerForm.append(intent);
  answerForm.submit();
}

/**
 * Saves the answers of an all-on-one-page form each time one changes, one request after another so that
 * the last change is the one kept. The server skips what is incomplete and never hands in on this post.
 * @param {HTMLFormElement} form
 */
function autosave(form) {
  let queue = Promise.resolve();
  const save = () => {
    const body = new FormData(form);
    body.set('intent', 'autosave');
    return fetch(form.action, { method: 'POST', body, headers: { accept: 'application/json' } }).then(
      () => undefined,
      () => undefined
    );
  };
  form.addEventListener('change', () => {
    queue = queue.then(save);
  });
}

/**
 * @param {string} label
 * @param {string} direction
 */
function moveButton(label, direction) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'small-button';
  button.dataset.move = direction;
  button.setAttribute('aria-label', `Move “${label}” ${direction}`);
  button.textContent = direction === 'up' ? '↑' : '↓';
  return button;
}

/** @param {HTMLOListElement} list an ordering question's `.order-list`, one item per `<li>` */
function addMoveButtons(list) {
  const items = () => /** @type {HTMLLIElement[]} */ ([...list.children]);
  const selectOf = (/** @type {Element} */ item) =>
    /** @type {HTMLSelectElement} */ (item.querySelector('select'));
  // A blank menu stands for the item's row.
  const placeOf = (/** @type {HTMLLIElement} */ item) =>
    Number(selectOf(item).value) || items().indexOf(item) + 1;

  const disableAtEnds = () => {
    const last = items().length;
    for (const item of items()) {
      const place = placeOf(item);
      for (const button of item.querySelectorAll('button')) {
        button.disabled = button.dataset.move === 'up' ? place === 1 : place === last;
      }
    }
  };

  /**
   * Gives the item its place; the others keep their order around it, as the server reads stale menus.
   * @param {HTMLLIElement} item
   * @param {number} to
   */
  const place = (item, to) => {
    const others = items()
      .filter((other) => other !== item)
      .sort((a, b) => placeOf(a) - placeOf(b));
    others.splice(to - 1, 0, item);
    for (const [index, other] of others.entries()) {
      const select = selectOf(other);
      select.querySelector('option[value=""]')?.remove();
      select.value = String(index + 1);
    }
    disableAtEnds();
    return others;
  };

  /**
   * @param {HTMLLIElement} item
   * @param {number} step
   * @param {HTMLButtonElement} button
   */
  const move = (item, step, button) => {
    const to = placeOf(item) + step;
    if (to < 1 || to > items().length) return;
    list.append(...place(item, to));
    // A move by button sets the values by script, which fires no change for the autosave to hear.
    list.dispatchEvent(new Event('change', { bubbles: true }));
    // A button that can go no further gives the focus to its partner, so the keyboard stays on the item.
    const partner = /** @type {HTMLButtonElement | null} */ (item.querySelector('button:not(:disabled)'));
    (button.disabled ? partner : button)?.focus();
  };

  for (const item of items()) {
    const label = item.querySelector('label')?.textContent?.trim() ?? '';
    const up = moveButton(label, 'up');
    const down = moveButton(label, 'down');
    item.querySelector('.order-controls')?.append(up, down);
    up.addEventListener('click', () => move(item, -1, up));
    down.addEventListener('click', () => move(item, 1, down));
    // A menu leaves the rows in place, so none moves under a student working down the list.
    const select = selectOf(item);
    select.addEventListener('change', () => {
      if (select.value !== '') place(item, Number(select.value));
    });
  }
  disableAtEnds();
}

if (answerForm?.dataset.autosave !== undefined) autosave(answerForm);
for (const countdown of document.querySelectorAll('.countdown')) {
  if (countdown instanceof HTMLElement) tickCountdown(countdown);
}
for (const list of document.querySelectorAll('fieldset.question:enabled .order-list')) {
  if (list instanceof HTMLOListElement) addMoveButtons(list);
}

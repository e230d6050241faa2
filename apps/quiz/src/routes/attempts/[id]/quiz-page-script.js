// @ts-check
// What JavaScript adds to a quiz page that the server renders whole: a ticking countdown and buttons that
// move the items of an ordering question. The file ships as written (no framework, no build step), so a
// student's browser loads about a kilobyte instead of SvelteKit's client router.

/** @param {HTMLElement} countdown a `.countdown` paragraph holding the deadline in its `<time>` */
function tickCountdown(countdown) {
  const deadline = countdown.querySelector('time')?.dateTime;
  if (!deadline) return;
  const end = Date.parse(deadline);
  const time = document.createElement('time');
  time.dateTime = deadline;
  const timer = document.createElement('span');
  timer.setAttribute('role', 'timer');
  timer.setAttribute('aria-live', 'off');
  timer.append('Time left: ', time);
  countdown.replaceChildren(timer);

  // A page that opens after the deadline by this clock waits before it asks again, so a server whose clock
  // runs behind is not asked in a tight loop.
  const askAfter = end <= Date.now() ? 5000 : 0;
  const tick = () => {
    const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    time.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    countdown.classList.toggle('urgent', left <= 60);
    if (left > 0) return;
    clearInterval(interval);
    // The server ends the attempt: a plain visit of the page (not a repeat of a form post) lets it do so.
    setTimeout(() => location.assign(location.pathname), askAfter);
  };
  const interval = setInterval(tick, 1000);
  tick();
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

for (const countdown of document.querySelectorAll('.countdown')) {
  if (countdown instanceof HTMLElement) tickCountdown(countdown);
}
for (const list of document.querySelectorAll('fieldset.question:enabled .order-list')) {
  if (list instanceof HTMLOListElement) addMoveButtons(list);
}

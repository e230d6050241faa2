import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { joinQuiz } from './quiz-helpers.ts';
import { createQuiz, publishOnOnePage, signUp } from './teacher-helpers.ts';

// The teacher's browser is in Tehran: with JavaScript the schedule's zone starts there, without it at UTC.
test.use({ timezoneId: 'Asia/Tehran' });

/** Sets the quiz's times (empty for none) in a zone, and waits for the page to say they are saved. */
async function schedule(page: Page, times: { opensAt: string; closesAt: string; zone?: string }) {
  await page.getByLabel('Opens at').fill(times.opensAt);
  await page.getByLabel('Closes at').fill(times.closesAt);
  if (times.zone) await page.getByLabel('Time zone of these times').selectOption(times.zone);
  await page.getByRole('button', { name: 'Save times' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Schedule saved.' })).toBeVisible();
}

/** A student tries to join in a browser of their own; returns the message the join page shows. */
async function refusedJoin(browser: Browser, javaScriptEnabled: boolean, code: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto(`/join?code=${code}`);
    await page.getByLabel('Your name, as your teacher will see it').fill('Early or late');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page).toHaveURL(/\/join/);
    await expectNoAxeViolations(page, javaScriptEnabled);
    return (await page.locator('.error').allInnerTexts()).join(' ');
  } finally {
    await context.close();
  }
}

test('students cannot start before the opening time or after the closing time, and an attempt begun before the close is handed in after it', async ({
  page,
  browser,
  javaScriptEnabled
}) => {
  test.setTimeout(180_000);
  await signUp(page, 'Ms. Jafari');
  await createQuiz(page, 'Kerman: scheduled', 1);
  const code = await publishOnOnePage(page);

  const zone = page.getByLabel('Time zone of these times');
  if (javaScriptEnabled) {
    await expect(zone).toHaveValue('Asia/Tehran');
    await expect(
      page.getByText('Your browser’s zone, Asia/Tehran; change it if the class is elsewhere.')
    ).toBeVisible();
  } else {
    await expect(zone).toHaveValue('UTC');
    await expect(page.getByText('UTC unless you choose your own zone here.')).toBeVisible();
  }
  await expectNoAxeViolations(page, javaScriptEnabled);

  await schedule(page, { opensAt: '2099-01-01T09:00', closesAt: '', zone: 'Europe/Berlin' });
  await expect(
    page.getByText('Published, but students cannot start before 2099-01-01 at 09:00 (Europe/Berlin).')
  ).toBeVisible();
  await expect(page.getByLabel('Opens at')).toHaveValue('2099-01-01T09:00');
  await expect(zone).toHaveValue('Europe/Berlin');
  expect(await refusedJoin(browser, javaScriptEnabled, code)).toContain(
    'This quiz opens on Thursday, January 1, 2099 at 9:00 AM (Europe/Berlin time). Come back then.'
  );

  // Open now: one student starts before the close.
  await schedule(page, { opensAt: '', closesAt: '2099-06-01T18:30' });
  const early = await browser.newContext({ javaScriptEnabled });
  try {
    const student = await early.newPage();
    await joinQuiz(student, code, 'Before the close');

    await schedule(page, { opensAt: '2020-01-01T08:00', closesAt: '2020-01-02T17:00' });
    await expect(
      page.getByText(
        'Closed by its closing time, 2020-01-02 at 17:00 (Europe/Berlin): students cannot start.',
        {
          exact: false
        }
      )
    ).toBeVisible();
    expect(await refusedJoin(browser, javaScriptEnabled, code)).toContain(
      'This quiz closed on Thursday, January 2, 2020 at 5:00 PM (Europe/Berlin time).'
    );

    await student.getByRole('radio', { name: 'True' }).check();
    await student.getByRole('button', { name: 'Hand in and see my results' }).click();
    await expect(student).toHaveURL(/\/results$/);
  } finally {
    await early.close();
  }
});

test('a closing time before the opening time, or one that does not exist in the zone, is refused by field', async ({
  page,
  javaScriptEnabled
}) => {
  test.setTimeout(90_000);
  await signUp(page, 'Mr. Hosseini');
  await createQuiz(page, 'Kerman: bad times', 1);
  await page.getByLabel('Opens at').fill('2099-03-02T10:00');
  await page.getByLabel('Closes at').fill('2099-03-02T09:00');
  await page.getByLabel('Time zone of these times').selectOption('UTC');
  await page.getByRole('button', { name: 'Save times' }).click();
  await expect(page.getByText('Closes at: must be after the opening time')).toBeVisible();
  await expect(page.getByLabel('Closes at')).toHaveAttribute('aria-invalid', 'true');

  // The clocks in Berlin skip from 02:00 to 03:00 on that day.
  await page.getByLabel('Opens at').fill('2099-03-29T02:30');
  await page.getByLabel('Closes at').fill('');
  await page.getByLabel('Time zone of these times').selectOption('Europe/Berlin');
  await page.getByRole('button', { name: 'Save times' }).click();
  await expect(
    page.getByText('Opens at: must be a date and time that exists in Europe/Berlin, such as 2026-12-01 09:00')
  ).toBeVisible();
  await expectNoAxeViolations(page, javaScriptEnabled);
  await page.reload();
  await expect(page.getByLabel('Opens at')).toHaveValue('');
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('the reader shows body and captions without link markup', async ({ page, javaScriptEnabled }) => {
  await page.goto('/articles/kerman-2024');
  await expect(page.locator('#p7')).toContainText('warned Iran that Islamic State was preparing');
  await expect(page.locator('#p6')).toContainText('PHOTO: WANA NEWS AGENCY/REUTERS');
  await expect(page.locator('main')).not.toContainText('](#)');
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('an evidence link opens the paragraph with the quote highlighted by the server', async ({
  page,
  javaScriptEnabled
}) => {
  await page.goto('/articles/kerman-2024?evidence=p19&quote=killed%2084%20Iranians#p19');
  const paragraph = page.locator('#p19');
  await expect(paragraph.locator('mark')).toHaveText('killed 84 Iranians');
  await expect(paragraph).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('mark')).toHaveCount(1);
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('a quote that is not in the paragraph highlights nothing', async ({ page }) => {
  await page.goto('/articles/kerman-2024?evidence=p19&quote=not%20in%20the%20article');
  await expect(page.locator('mark')).toHaveCount(0);
});

test('evidence in the header or the closing lines is highlighted too', async ({ page }) => {
  await page.goto('/articles/kerman-2024?evidence=p40&quote=Benoit%20Faucon%20contributed#p40');
  await expect(page.locator('#p40 mark')).toHaveText('Benoit Faucon contributed');
  await page.goto('/articles/kerman-2024?evidence=p2&quote=killed%2084#p2');
  await expect(page.locator('#p2 mark')).toHaveText('killed 84');
});

test('a link from before articles had names still opens the Kerman article at its quote', async ({
  page
}) => {
  await page.goto('/article?evidence=p19&quote=killed%2084%20Iranians#p19');
  await expect(page).toHaveURL(/\/articles\/kerman-2024\?evidence=p19&quote=killed%2084%20Iranians#p19$/);
  await expect(page.locator('#p19 mark')).toHaveText('killed 84 Iranians');
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test('the home page names the article, its publisher and authors', async ({ page, javaScriptEnabled }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'U.S. Secretly Alerted Iran Ahead of Islamic State Terrorist Attack'
  );
  await expect(page.getByText('By Michael R. Gordon, Vivian Salama and Warren P. Strobel')).toBeVisible();
  await expect(page.locator('time')).toHaveText('January 25, 2024');
  await expectNoAxeViolations(page, javaScriptEnabled);
});

test('the home page leads to the article reader by keyboard', async ({ page }) => {
  await page.goto('/');
  const readLink = page.getByRole('link', { name: /Read the article/ });
  await readLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/kerman-2024$/);
  await expect(page.locator('#p7')).toContainText('The U.S. secretly warned Iran');
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * WCAG 2.2 A and AA rules plus axe's best practices; any violation fails with its details.
 * Axe runs as a script in the page, so for a page opened with JavaScript off it checks the same URL
 * in a JavaScript-on context whose app scripts are blocked: the markup a no-JS visitor gets.
 */
export async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean): Promise<void> {
  if (javaScriptEnabled) {
    await expectPageClean(page);
    return;
  }
  const browser = page.context().browser();
  if (!browser) throw new Error('axe needs a browser to open a JavaScript-on context');
  // The same cookies, so that a page bound to this browser's attempt opens for the scan too.
  const storageState = await page.context().storageState();
  const context = await browser.newContext({ javaScriptEnabled: true, storageState });
  try {
    const scanPage = await context.newPage();
    await scanPage.route('**/_app/**/*.js', (route) => route.abort());
    await scanPage.goto(page.url());
    await expectPageClean(scanPage);
  } finally {
    await context.close();
  }
}

async function expectPageClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const violations = results.violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map((node) => node.target)
  }));
  expect(violations).toEqual([]);
}

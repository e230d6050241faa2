import { defineConfig } from '@playwright/test';
import { findChromium } from './src/chromium-path.ts';
import { findFreePort } from './src/free-port.ts';

// A fresh port for each run, chosen once by the runner: its workers inherit the environment, so they agree.
// A fixed port failed whenever an earlier, interrupted run had left its server behind.
process.env.E2E_PORT ??= String(await findFreePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

const launchOptions = {
  executablePath: findChromium(),
  // Without the background-networking flags Chromium floods the closed network with refused connections.
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
};

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // A teacher's flow signs up (a password hash at a real account's cost), walks the bank's pages and runs axe
  // on long pages without JavaScript: 20 to 40 s on our two cores, so 30 s cut off flows that work.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { baseURL, trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    // Tests of what only JavaScript adds carry the tag @js-only; tests of the server alone, which
    // JavaScript in the browser cannot change, carry @once and run in the first project only.
    { name: 'no-js', use: { javaScriptEnabled: false }, grepInvert: /@js-only|@once/ }
  ],
  webServer: {
    // Each run starts the app on a new, empty embedded database.
    command: 'rm -rf .data/pglite && exec node ../../apps/quiz/build',
    url: baseURL,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: baseURL,
      NEWSQUIZ_DATA_DIR: '.data/pglite',
      // The specs sign up more teachers from this one address in an hour than a school would.
      SIGNUPS_PER_ADDRESS_PER_HOUR: '1000',
      // The facts package's second article, so that the tests can show any article working end to end.
      NEWSQUIZ_ARTICLES_DIR: '../../packages/facts/src/fixtures/articles'
    },
    stdout: 'ignore',
    stderr: 'pipe'
  }
});

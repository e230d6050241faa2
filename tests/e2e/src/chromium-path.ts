import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      [
        'No Chromium found for the browser tests. Looked at:',
        ...tried.map((path) => `  - ${path}`),
        'Install one of:',
        '  apt-get update && apt-get install -y chromium     (Debian/Ubuntu, gives /usr/bin/chromium)',
        '  pnpm --filter @newsquiz/e2e exec playwright install chromium',
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
      ].join('\n')
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** CHROMIUM_PATH first, then the system Chromium, then Playwright's own download. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].filter(
    (path): path is string => Boolean(path)
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new ChromiumNotFoundError(candidates);
  return found;
}

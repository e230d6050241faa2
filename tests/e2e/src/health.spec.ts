import { expect, test } from '@playwright/test';

test('the server runs on its embedded database, and says what an acknowledged answer survives', async ({
  request
}) => {
  const response = await request.get('/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  // PGlite's commits reach the operating system, not the disk: a killed app loses nothing, a power cut may.
  expect(await response.json()).toEqual({
    status: 'ok',
    database: 'pglite',
    durability: { appCrash: true, powerCut: false }
  });
});

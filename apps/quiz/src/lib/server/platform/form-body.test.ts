import { isHttpError } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { guardFormReading, unreadableFormMessage } from './form-body';

const url = 'http://localhost:3000/join';
const multipart = (body: string) =>
  guardFormReading(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=cut' },
      body
    })
  );
const part = (name: string, value: string) =>
  `--cut\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

/** What reading the form ends with: the form, or what it threw. */
async function readForm(request: Request) {
  try {
    return await request.formData();
  } catch (thrown) {
    return thrown;
  }
}

describe('reading a posted form', () => {
  test('a whole form reads as sent, multipart or urlencoded', async () => {
    const whole = await readForm(multipart(`${part('code', 'BCDFGH')}${part('name', 'Sara')}--cut--\r\n`));
    expect(whole instanceof FormData && [...whole]).toEqual([
      ['code', 'BCDFGH'],
      ['name', 'Sara']
    ]);
    const encoded = guardFormReading(
      new Request(url, { method: 'POST', body: new URLSearchParams({ name: 'Sara' }) })
    );
    expect((await encoded.formData()).get('name')).toBe('Sara');
  });

  test('a multipart body cut short, or without its boundary, is a 400 that says so', async () => {
    const noBoundary = guardFormReading(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data' },
        body: part('name', 'Sara')
      })
    );
    for (const request of [
      multipart(`${part('name', 'Sara')}`),
      multipart('--cut\r\nContent-Dis'),
      noBoundary
    ]) {
      const outcome = await readForm(request);
      expect(isHttpError(outcome, 400) && outcome.body.message).toBe(unreadableFormMessage);
    }
  });

  test("a form read twice is the code's mistake and stays an error of the server, not of the sender", async () => {
    const request = multipart(`${part('name', 'Sara')}--cut--\r\n`);
    await request.formData();
    const again = await readForm(request);
    expect(again).toBeInstanceOf(TypeError);
  });

  test('a body that fails on its way in keeps its own error', async () => {
    const tooLarge = Object.assign(new Error('Content too large'), { status: 413 });
    const body = new ReadableStream({ start: (controller) => controller.error(tooLarge) });
    const request = guardFormReading(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        duplex: 'half'
      } as RequestInit)
    );
    expect(await readForm(request)).toBe(tooLarge);
  });
});

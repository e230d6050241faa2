import { describe, expect, it } from 'vitest';
import { joinQrSvg } from './join-qr';

describe('joinQrSvg', () => {
  it('draws an SVG whose modules change with the link', async () => {
    const first = await joinQrSvg('http://localhost:3000/join?code=BCDFGH');
    const second = await joinQrSvg('http://localhost:3000/join?code=BCDFGJ');
    expect(first).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(first).toMatch(/<path[^>]+d="M/);
    expect(second).not.toBe(first);
  });
});

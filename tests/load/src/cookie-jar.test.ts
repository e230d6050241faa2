import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar.ts';

describe('CookieJar', () => {
  it('sends a cookie only to its path and below', () => {
    const jar = new CookieJar();
    jar.store(['nq-attempt-a=token; Path=/attempts/a; HttpOnly', 'nq-participant=p; Path=/'], '/join');
    expect(jar.header('/attempts/a/3')).toBe('nq-attempt-a=token; nq-participant=p');
    expect(jar.header('/attempts/ab')).toBe('nq-participant=p');
    expect(jar.header('/')).toBe('nq-participant=p');
  });

  it('replaces a cookie of the same name and path, and forgets one set to expire', () => {
    const jar = new CookieJar();
    jar.store(['nq-current=a; Path=/'], '/join');
    jar.store(['nq-current=b; Path=/'], '/join');
    expect(jar.header('/')).toBe('nq-current=b');
    jar.store(['nq-current=; Path=/; Max-Age=0'], '/');
    expect(jar.header('/')).toBe('');
  });
});

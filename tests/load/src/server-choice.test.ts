import { describe, expect, it } from 'vitest';
import { ServerChoice } from './server-choice.ts';

describe('ServerChoice', () => {
  it('starts on the server of its index and moves on once when that one fails', () => {
    const choice = new ServerChoice(['http://a', 'http://b'], 3);
    expect(choice.current).toBe('http://b');
    choice.moveOn('http://b');
    expect(choice.current).toBe('http://a');
    // A second request that failed on the old server does not send the browser back.
    choice.moveOn('http://b');
    expect(choice.current).toBe('http://a');
    expect(choice.moves).toBe(1);
  });

  it('stays with a single server', () => {
    const choice = new ServerChoice(['http://a']);
    choice.moveOn('http://a');
    expect(choice.current).toBe('http://a');
    expect(choice.moves).toBe(0);
  });
});

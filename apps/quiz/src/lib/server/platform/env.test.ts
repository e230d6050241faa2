import { describe, expect, test } from 'vitest';
import { readAppEnv } from './env';

describe("the app's environment", () => {
  test('allows 100 sign-ups per address an hour unless told otherwise, and names a bad value', () => {
    expect(readAppEnv({}).signUpsPerAddressPerHour).toBe(100);
    expect(readAppEnv({ SIGNUPS_PER_ADDRESS_PER_HOUR: '1000' }).signUpsPerAddressPerHour).toBe(1000);
    expect(() => readAppEnv({ SIGNUPS_PER_ADDRESS_PER_HOUR: '0' })).toThrow(/SIGNUPS_PER_ADDRESS_PER_HOUR/);
  });
});

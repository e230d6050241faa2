import { describe, expect, test } from 'vitest';
import { momentOf, scheduleTimeZones, wallClock } from './schedule-time';

describe('momentOf', () => {
  test('reads a wall-clock time in the zone, summer and winter alike', () => {
    expect(momentOf('2026-12-01T09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(momentOf('2026-07-01T09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(momentOf('2026-07-01T09:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(momentOf('2026-07-01 21:30', 'Asia/Tehran')?.toISOString()).toBe('2026-07-01T18:00:00.000Z');
    expect(momentOf('2026-07-01T09:00:00', 'UTC')?.toISOString()).toBe('2026-07-01T09:00:00.000Z');
  });

  test('refuses a time the clocks skip, a date that does not exist, and what is not a date-time', () => {
    expect(momentOf('2026-03-29T02:30', 'Europe/Berlin')).toBeNull();
    expect(momentOf('2026-02-30T09:00', 'UTC')).toBeNull();
    for (const text of ['', 'tomorrow', '2026-12-01', '2026-12-01T9:00', '2026-12-01T09:00Z']) {
      expect(momentOf(text, 'UTC')).toBeNull();
    }
  });

  test('takes the first of an hour the clocks repeat', () => {
    expect(momentOf('2026-10-25T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('wallClock', () => {
  test('shows a moment as the zone’s date-time box would hold it', () => {
    const moment = new Date('2026-12-01T08:00:00.000Z');
    expect(wallClock(moment, 'Europe/Berlin')).toBe('2026-12-01T09:00');
    expect(wallClock(moment, 'UTC')).toBe('2026-12-01T08:00');
    expect(wallClock(new Date('2026-12-31T23:30:00.000Z'), 'Asia/Tokyo')).toBe('2027-01-01T08:30');
  });
});

test('the zones offered start with UTC and name each zone once', () => {
  const zones = scheduleTimeZones();
  expect(zones[0]).toBe('UTC');
  expect(zones).toContain('Europe/London');
  expect(new Set(zones).size).toBe(zones.length);
});

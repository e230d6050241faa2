const dayMs = 24 * 60 * 60 * 1000;

/** What a date-time box posts: "2026-12-01T09:00", seconds optional. */
const localPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

const partsFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  });

/** The wall-clock time in the zone at that moment, as a date-time box shows it: "2026-12-01T09:00". */
export function wallClock(moment: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(moment)
      .map((part) => [part.type, part.value])
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** How far the zone's wall clock is ahead of UTC at that moment, in milliseconds. */
function offsetAt(moment: number, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(new Date(moment))
      .map((part) => [part.type, Number(part.value)])
  );
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!
  );
  return asUtc - Math.floor(moment / 1000) * 1000;
}

/**
 * The moment a wall-clock time in the zone stands for, or null when there is none: not a date-time, or a
 * time the clocks skip when they go forward. An hour the clocks repeat takes its first moment.
 */
export function momentOf(local: string, timeZone: string): Date | null {
  const match = localPattern.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // The zone's offsets a day either side: across a change of the clocks one of them is right, both when an
  // hour repeats (the earlier is taken), neither when the hour is skipped.
  const candidates = [
    asUtc - offsetAt(asUtc - dayMs, timeZone),
    asUtc - offsetAt(asUtc + dayMs, timeZone)
  ].sort((a, b) => a - b);
  const wanted = local.slice(0, 16).replace(' ', 'T');
  const moment = candidates.find((candidate) => wallClock(new Date(candidate), timeZone) === wanted);
  return moment === undefined ? null : new Date(moment);
}

/** Every zone a teacher may schedule in, as this runtime names them, UTC first. */
export function scheduleTimeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}

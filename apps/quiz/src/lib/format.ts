const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "2024-01-25" as "January 25, 2024"; partial dates keep only what they know. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined) return isoDate;
  if (day === undefined) {
    return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, 1))
    );
  }
  return longDate.format(new Date(Date.UTC(year, month - 1, day)));
}

/** ["A", "B", "C"] as "A, B and C", the article's own style. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A share from 0 to 1 as a whole percentage: 0.666 as "67%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A duration as a teacher reads it at a glance: "4 min 05 s", or "45 s" under a minute. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, '0')} s`;
}

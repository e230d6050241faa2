import { datePrecision, type FactDate } from '@newsquiz/facts';

// The newspaper's own style: "Jan. 3, 2024", "January 2020", "Sept. 11, 2001".
const shortMonths = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.'
];
const longMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

export function formatIsoDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) return `${longMonths[month - 1]} ${year}`;
  return `${shortMonths[month - 1]} ${day}, ${year}`;
}

/** Moves a date by `steps` of its own precision (days, months or years), keeping that precision. */
export function shiftIsoDate(value: string, steps: number): string {
  const precision = datePrecision(value);
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  if (precision === 'year') return String(year + steps);
  if (precision === 'month') {
    const date = new Date(Date.UTC(year, month - 1 + steps, 1));
    return date.toISOString().slice(0, 7);
  }
  return new Date(Date.UTC(year, month - 1, day + steps)).toISOString().slice(0, 10);
}

/** First and last day a date covers, as ISO days, for comparing dates of different precision. */
export function dateSpan(date: Pick<FactDate, 'value'>): { first: string; last: string } {
  const precision = datePrecision(date.value);
  if (precision === 'day') return { first: date.value, last: date.value };
  if (precision === 'month') {
    const [year = 0, month = 1] = date.value.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    return { first: `${date.value}-01`, last };
  }
  return { first: `${date.value}-01-01`, last: `${date.value}-12-31` };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

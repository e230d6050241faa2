import { z } from 'zod';

const isoPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day or month. */
export function isIsoDate(value: string): boolean {
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

export const IsoDate = z
  .string()
  .refine(isIsoDate, {
    message: 'date must be an ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
    params: { problem: 'invalid-date' }
  })
  .meta({ pattern: isoPattern.source });
export type IsoDate = z.infer<typeof IsoDate>;

/** How the article places something in time, as precisely as it says and no more. */
export const FactDate = z
  .object({
    value: IsoDate,
    qualifier: z
      .enum(['on', 'early', 'mid', 'late', 'before', 'after', 'about', 'soon-after'])
      .default('on')
      .describe(
        '"mid" with 2023-10 is "mid-October 2023"; "before" with 2024-01-03 is "prior to Jan. 3, 2024"'
      ),
    text: z.string().min(1).optional().describe('the article\'s own wording, such as "early this month"')
  })
  .strict();
export type FactDate = z.infer<typeof FactDate>;

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(value: IsoDate): DatePrecision {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

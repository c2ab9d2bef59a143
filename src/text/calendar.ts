/**
 * Dates as the project writes them (ISO, possibly partial: "2024", "2024-05", "2024-05-23", "--05-23")
 * and whether they are days of the calendar. One check for the sidecars, the API's dates and the mutation.
 */

const PARTIAL_DATE = /^(?:(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** The days of a month; without a year (`--02-29`), any year's: February has 29. */
const daysIn = (year: number | null, month: number): number => (month === 2 && (year === null || isLeapYear(year)) ? 29 : DAYS_IN_MONTH[month - 1]!);

export const partialDateShape = (value: unknown): string => `a PartialDate is YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`;

/** Why `s` is not a partial date, or null when it is one: its shape, then its day on the calendar. */
export function partialDateError(s: string): string | null {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return partialDateShape(s);
  const [year, month, day] = m[4] ? [undefined, m[4], m[5]] : [m[1], m[2], m[3]];
  if (day === undefined) return null;
  const days = daysIn(year === undefined ? null : Number(year), Number(month));
  return Number(day) <= days ? null : `${JSON.stringify(s)} is not a day of the calendar: ${year === undefined ? `month ${month}` : `${year}-${month}`} has ${days} days`;
}

export const isPartialDate = (s: string): boolean => partialDateError(s) === null;
/** A whole day of the calendar, YYYY-MM-DD: not 2024-02-31 nor 2024-13-45. */
export const isFullDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s);

/** Dates as whole days since 1970-01-01 (UTC), so arithmetic and comparison are plain numbers. */

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / MS_PER_DAY;
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The answer key's date: YYYY-MM-DD when the reader can know the year, else --MM-DD. */
export function goldDate(day: Day, yearKnown: boolean): string {
  const { m, d } = ymd(day);
  return yearKnown ? isoDate(day) : `--${pad(m)}-${pad(d)}`;
}

/** Dates as ISO strings: PartialDate (a year, a month, a day, or a day without year) and DateTime. */
import { GraphQLScalarType, Kind } from "graphql";
import { isDateTime } from "neo4j-driver";
import { badInput } from "../errors.ts";

const PARTIAL_DATE = /^(?:(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** The days of a month; without a year (`--02-29`), any year's: February has 29. */
const daysIn = (year: number | null, month: number): number => (month === 2 && (year === null || isLeapYear(year)) ? 29 : DAYS_IN_MONTH[month - 1]!);

const notShaped = (value: unknown): string => `a PartialDate is YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`;

/** Why `s` is not a PartialDate, or null when it is one: its shape, then its day on the calendar. */
function partialDateError(s: string): string | null {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return notShaped(s);
  const [year, month, day] = m[4] ? [undefined, m[4], m[5]] : [m[1], m[2], m[3]];
  if (day === undefined) return null;
  const days = daysIn(year === undefined ? null : Number(year), Number(month));
  return Number(day) <= days ? null : `${JSON.stringify(s)} is not a day of the calendar: ${year === undefined ? `month ${month}` : `${year}-${month}`} has ${days} days`;
}

export const isPartialDate = (s: string): boolean => partialDateError(s) === null;
export const isFullDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s);

function parsePartialDate(value: unknown): string {
  const error = typeof value === "string" ? partialDateError(value) : notShaped(value);
  if (error !== null) throw badInput(error);
  return value as string;
}

export const PartialDate = new GraphQLScalarType({
  name: "PartialDate",
  serialize: (v) => String(v),
  parseValue: parsePartialDate,
  parseLiteral: (ast) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTime = new GraphQLScalarType({
  name: "DateTime",
  serialize: (v) => (isDateTime(v as object) ? (v as { toStandardDate(): Date }).toStandardDate().toISOString() : String(v)),
  parseValue: (v) => {
    if (typeof v !== "string" || Number.isNaN(Date.parse(v))) throw badInput("a DateTime is an ISO 8601 timestamp");
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) throw badInput("a DateTime is an ISO 8601 timestamp");
    return ast.value;
  },
});

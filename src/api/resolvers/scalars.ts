/** Dates as ISO strings: PartialDate (a year, a month, a day, or a day without year) and DateTime. */
import { GraphQLScalarType, Kind } from "graphql";
import { isDateTime } from "neo4j-driver";
import { badInput } from "../errors.ts";

const PARTIAL_DATE = /^(?:\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/;

export const isPartialDate = (s: string): boolean => PARTIAL_DATE.test(s);
export const isFullDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s);

function parsePartialDate(value: unknown): string {
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw badInput(`a PartialDate is YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return value;
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

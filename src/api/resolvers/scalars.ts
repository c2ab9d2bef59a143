/** Dates as ISO strings: PartialDate (a year, a month, a day, or a day without year) and DateTime. */
import { GraphQLScalarType, Kind } from "graphql";
import { isDateTime } from "neo4j-driver";
import { partialDateError, partialDateShape } from "../../text/calendar.ts";
import { badInput } from "../errors.ts";

function parsePartialDate(value: unknown): string {
  const error = typeof value === "string" ? partialDateError(value) : partialDateShape(value);
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

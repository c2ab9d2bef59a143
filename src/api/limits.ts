/**
 * Safe by default: what a single operation may ask for. Shape limits (depth, cost, aliases,
 * tokens, directives) are checked before execution by graphql-armor; sizes given as arguments
 * (page sizes, depths, lengths) are checked by the resolvers with `bounded`, which refuses values
 * out of range with a clear message instead of clamping them silently.
 */
import { EnvelopArmor } from "@escape.tech/graphql-armor";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { Kind, TypeInfo, ValidationContext, visit, type ASTVisitor, type DocumentNode, type GraphQLError, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.ts";
import { badInput } from "./errors.ts";

/** Neighborhood sizes and path lengths: traversals grow fast, so these are fixed, not configured. */
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 500;
export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 20;
/** Request bodies larger than this are refused before parsing (an ingested text may be 2 MB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;
export const MAX_INGEST_TEXT_BYTES = 2 * 1024 * 1024;
/** Search text, keys, ids and other short strings. */
export const MAX_ARGUMENT_LENGTH = 500;

// Report a refused operation as a validation error with a code, not as an exception.
const reject = (ctx: ValidationContext | null, error: GraphQLError): void =>
  ctx?.reportError(badInput(error.message.replace(/^Syntax Error: /, "")));
const rejectAs = () => ({ propagateOnRejection: false, onReject: [reject], exposeLimits: true });

/** The document with every literal page size (`first`, `last`) above `max` written as `max`. */
function capPageSizes(document: DocumentNode, max: number): DocumentNode {
  return visit(document, {
    Argument: (arg) =>
      (arg.name.value === "first" || arg.name.value === "last") && arg.value.kind === Kind.INT && Number(arg.value.value) > max
        ? { ...arg, value: { ...arg.value, value: String(max) } }
        : undefined,
  });
}

/**
 * graphql-armor's cost limit, counting at most MAX_PAGE_SIZE items per list. Armor multiplies a
 * list's cost by its literal `first`, so a page size out of range was refused as a cost in the
 * hundreds of thousands instead of by the range check, whose message says what is allowed.
 */
function pageCappedCost(config: Config): ValidationRule {
  const cost = costLimitRule({ maxCost: config.MAX_QUERY_COST, ...rejectAs() });
  return (context) => ({
    Document(document) {
      const [schema, capped] = [context.getSchema(), capPageSizes(document, config.MAX_PAGE_SIZE)];
      visit(capped, cost(new ValidationContext(schema, capped, new TypeInfo(schema), (e) => context.reportError(e))) as ASTVisitor);
    },
  });
}

export function armorPlugins(config: Config): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH, ...rejectAs() },
    costLimit: { enabled: false },
    maxAliases: { n: config.MAX_ALIASES, ...rejectAs() },
    maxDirectives: { n: 20, ...rejectAs() },
    // Counted while parsing, before any validation context exists: refused by throwing.
    maxTokens: { n: 2000, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  });
  const cost: Plugin = { onValidate: ({ addValidationRule }) => addValidationRule(pageCappedCost(config)) };
  return [...(armor.protect().plugins as Plugin[]), cost];
}

/** `value` when it lies in [min, max], else a BAD_USER_INPUT error naming the argument and the range. */
export function bounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${name} must be between ${min} and ${max}, got ${value}`, name);
  return value;
}

/** `value` when it is not blank and at most `max` characters long. */
export function shortText(name: string, value: string, max = MAX_ARGUMENT_LENGTH): string {
  if (value.trim() === "") throw badInput(`${name} must not be empty`, name);
  if (value.length > max) throw badInput(`${name} must be at most ${max} characters`, name);
  return value;
}

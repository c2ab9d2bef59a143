/** The executable schema: the SDL in schema.graphql (the contract), read at start-up, plus the resolvers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { isObjectType, type GraphQLSchema } from "graphql";
import { PROJECT_ROOT } from "../config.ts";
import { documentResolvers } from "./resolvers/documents.ts";
import { meetingResolvers } from "./resolvers/meetings.ts";
import { mutationResolvers } from "./resolvers/mutation.ts";
import { personResolvers } from "./resolvers/persons.ts";
import { policyResolvers } from "./resolvers/policies.ts";
import { queryResolvers } from "./resolvers/query.ts";
import { DateTime, PartialDate } from "./resolvers/scalars.ts";
import { neighborCount } from "./resolvers/shared.ts";
import { relationOf } from "./selection.ts";

export const SDL_PATH = join(PROJECT_ROOT, "schema.graphql");

/**
 * Every field `xCount` beside a relationship list `x` (schema.graphql) is the number of that
 * list's neighbors: one rule here, rather than a resolver written for each of them.
 */
function countRelationLists(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const [name, field] of Object.entries(fields)) {
      const list = name.endsWith("Count") ? fields[name.slice(0, -"Count".length)] : undefined;
      const spec = list && relationOf(list);
      if (spec && !field.resolve) Object.assign(field, neighborCount(spec.relation));
    }
  }
  return schema;
}

export function buildSchema(): GraphQLSchema {
  return countRelationLists(makeExecutableSchema({
    typeDefs: readFileSync(SDL_PATH, "utf8"),
    resolvers: [
      { PartialDate, DateTime },
      queryResolvers,
      meetingResolvers,
      policyResolvers,
      personResolvers,
      documentResolvers,
      mutationResolvers,
    ],
    // Every resolver must match a field of the SDL: a typo fails at start-up, not in production.
    resolverValidationOptions: { requireResolversToMatchSchema: "error" },
  }));
}

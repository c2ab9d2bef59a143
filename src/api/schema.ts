/** The executable schema: the SDL in schema.graphql (the contract), read at start-up, plus the resolvers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { PROJECT_ROOT } from "../config.ts";
import { documentResolvers } from "./resolvers/documents.ts";
import { meetingResolvers } from "./resolvers/meetings.ts";
import { mutationResolvers } from "./resolvers/mutation.ts";
import { personResolvers } from "./resolvers/persons.ts";
import { policyResolvers } from "./resolvers/policies.ts";
import { queryResolvers } from "./resolvers/query.ts";
import { DateTime, PartialDate } from "./resolvers/scalars.ts";

export const SDL_PATH = join(PROJECT_ROOT, "schema.graphql");

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
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
  });
}

/**
 * Operations the schema has no root type for (subscriptions: this API has none) are refused while
 * validating, as a client's mistake: graphql-js would let them through to execution, where they
 * failed as an unexpected server error.
 */
import { GraphQLError, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";

export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`${node.operation} operations are not supported by this API`, { nodes: node }));
  },
});

export const knownOperationTypesPlugin = (): Plugin => ({
  onValidate: ({ addValidationRule }) => addValidationRule(knownOperationTypes),
});

/**
 * Walks a GraphQL selection (fragments, inline fragments on interfaces, aliases, @include/@skip
 * with the request's variables) into the plan of relationship fields to read in the same Cypher
 * query as their root (graph/read/projection.ts). Which field reads which relationship is what
 * its resolver declares with `relationField` (in the field's extensions), so the plan follows the
 * resolvers, not a copy of them.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import type { Relation } from "../graph/read/batch.ts";
import { LABELS, type Label } from "../graph/read/nodes.ts";
import type { DocumentsPlan, NodePlan, RelatedPlan, View } from "../graph/read/projection.ts";

/** What a relationship field's resolver reads; `as` names the wrapper's field holding the neighbor. */
export interface RelationField {
  relation: Relation;
  as?: string;
  /** The resolver orders the list itself after reading it: its `first` cannot be applied in Cypher. */
  ordered?: boolean;
  /** The field is the number of neighbors, not their list. */
  count?: boolean;
}

/** A field's resolver that reads `relation`, declared so that selections of it can be compiled. */
export const relationField = <F>(resolve: F, relation: RelationField) => ({ resolve, extensions: { relation } });

export const relationOf = (field: GraphQLField<unknown, unknown>): RelationField | undefined => field.extensions.relation as RelationField | undefined;

/** Fields of a wrapper computed from the edges: asking for none of them spares reading the edges. */
const EDGE_FIELDS = new Set(["evidence", "former", "firstSeen", "lastSeen", "reason"]);

export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export const walkOf = (info: GraphQLResolveInfo): Walk => ({ schema: info.schema, fragments: info.fragments, variables: info.variableValues });

const included = (walk: Walk, node: SelectionNode): boolean =>
  getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;

/**
 * The fields selected on an object of `type` under `fieldNodes`, by response key, as graphql-js
 * collects them: skipped ones left out, fragments applied when their type condition matches.
 */
export function collectFields(walk: Walk, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const applies = (condition: string | undefined): boolean => {
    const t = condition === undefined ? type : walk.schema.getType(condition);
    return t === type || (t != null && isAbstractType(t) && walk.schema.isSubType(t, type));
  };
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (!included(walk, s)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        out.set(key, [...(out.get(key) ?? []), s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) visit(s.selectionSet);
      } else if (!spread.has(s.name.value)) {
        spread.add(s.name.value);
        const fragment = walk.fragments[s.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const f of fieldNodes) visit(f.selectionSet);
  return out;
}

const isLabel = (name: string): name is Label => (LABELS as readonly string[]).includes(name);

/**
 * `{ skip, limit }` from the field's `offset` and `first`: the single query then reads only that
 * page of neighbors and what is nested under them. A value out of range is left to the resolver,
 * which refuses it.
 */
function planPage(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): { skip?: number; limit?: number } {
  if (!field.args.some((a) => a.name === "first")) return {};
  const { first, offset } = getArgumentValues(field, node, walk.variables);
  return {
    ...(Number.isInteger(offset) && (offset as number) > 0 ? { skip: offset as number } : {}),
    ...(Number.isInteger(first) && (first as number) >= 1 ? { limit: first as number } : {}),
  };
}

/** Whether a plan reads anything beyond the node itself. */
export const readsRelations = (plan: NodePlan): boolean => [...plan.values()].some((fields) => fields.length > 0);

const typesOf = (walk: Walk, type: GraphQLNamedType): readonly GraphQLObjectType[] =>
  isAbstractType(type) ? walk.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];

/** The properties a selection shows of a node of `type` (an interface: of any of its types): its leaf fields, and the id. */
export function selectedProps(walk: Walk, type: GraphQLNamedType, fieldNodes: readonly FieldNode[]): Set<string> {
  const props = new Set(["id"]);
  for (const t of typesOf(walk, type)) {
    for (const nodes of collectFields(walk, t, fieldNodes).values()) {
      const field = t.getFields()[nodes[0]!.name.value];
      if (field && isLeafType(getNamedType(field.type))) props.add(field.name);
    }
  }
  return props;
}

/**
 * What a wrapper needs of its neighbor: what any alias of `as` shows, and the wrapper's own
 * properties that are not read from the edges (OfficeHeld's title and jurisdiction are the office's).
 */
function wrappedProps(walk: Walk, wrapper: GraphQLObjectType, fieldNodes: readonly FieldNode[], as: string): string[] {
  const props = new Set(["id"]);
  const nodeType = wrapper.getFields()[as] && getNamedType(wrapper.getFields()[as]!.type);
  for (const nodes of collectFields(walk, wrapper, fieldNodes).values()) {
    const field = wrapper.getFields()[nodes[0]!.name.value];
    if (!field) continue;
    if (field.name === as && nodeType) for (const p of selectedProps(walk, nodeType, nodes)) props.add(p);
    else if (isLeafType(getNamedType(field.type)) && !EDGE_FIELDS.has(field.name)) props.add(field.name);
  }
  return [...props];
}

/** The relationship fields selected under `fieldNodes` on a node of `type` (an interface: per type). */
export function nodePlan(walk: Walk, type: GraphQLNamedType, fieldNodes: readonly FieldNode[]): NodePlan {
  const plan = new Map<Label, RelatedPlan[]>();
  for (const t of typesOf(walk, type)) {
    if (!isLabel(t.name)) continue;
    const fields: RelatedPlan[] = [];
    for (const [key, nodes] of collectFields(walk, t, fieldNodes)) {
      const name = nodes[0]!.name.value;
      // Selections merged from several aliases of a wrapper may disagree on a key: the loaders answer it.
      if (nodes.some((n) => n.name.value !== name)) continue;
      const field = t.getFields()[name];
      const spec = field && relationOf(field);
      if (!field || !spec) continue;
      if (spec.count) {
        fields.push({ key, relation: spec.relation, edges: false, props: [], views: [], count: true });
        continue;
      }
      const target = getNamedType(field.type);
      // A list the resolver orders is read whole and cut there.
      const limit = spec.ordered ? {} : planPage(walk, field, nodes[0]!);
      if (spec.as && isObjectType(target)) {
        const props = wrappedProps(walk, target, nodes, spec.as);
        const documents = evidenceDocuments(walk, target, nodes);
        const plan = { key, relation: spec.relation, edges: wantsEdges(walk, target, nodes), props, views: viewsOf(walk, target, nodes, spec.as), ...limit };
        fields.push(documents ? { ...plan, documents } : plan);
      } else {
        const view = { key: null, plan: nodePlan(walk, target, nodes) };
        const props = [...selectedProps(walk, target, nodes)];
        fields.push({ key, relation: spec.relation, edges: false, props, views: readsRelations(view.plan) ? [view] : [], ...limit });
      }
    }
    plan.set(t.name, fields);
  }
  return plan;
}

/** Whether a wrapper's selection asks for anything computed from the edges. */
export function wantsEdges(walk: Walk, wrapper: GraphQLObjectType, fieldNodes: readonly FieldNode[]): boolean {
  for (const nodes of collectFields(walk, wrapper, fieldNodes).values()) if (EDGE_FIELDS.has(nodes[0]!.name.value)) return true;
  return false;
}

/** One view per response key of the wrapper's field `as` (the neighbor), for those that read relationships. */
export function viewsOf(walk: Walk, wrapper: GraphQLObjectType, fieldNodes: readonly FieldNode[], as: string): View[] {
  const views: View[] = [];
  const field = wrapper.getFields()[as];
  if (!field) return views;
  for (const [key, nodes] of collectFields(walk, wrapper, fieldNodes)) {
    if (nodes.some((n) => n.name.value !== as)) continue;
    const plan = nodePlan(walk, getNamedType(field.type), nodes);
    if (readsRelations(plan)) views.push({ key, plan });
  }
  return views;
}

/** The documents shown under a wrapper's evidence (all aliases of `evidence` share one list), one view per alias of `document`. */
function evidenceDocuments(walk: Walk, wrapper: GraphQLObjectType, fieldNodes: readonly FieldNode[]): DocumentsPlan | undefined {
  const evidence = wrapper.getFields().evidence && getNamedType(wrapper.getFields().evidence!.type);
  const document = isObjectType(evidence) && evidence.getFields().document;
  if (!isObjectType(evidence) || !document) return undefined;
  const evidenceNodes = fieldNodesNamed(walk, wrapper, fieldNodes, "evidence");
  const views: View[] = [];
  const props = new Set<string>();
  for (const [key, nodes] of collectFields(walk, evidence, evidenceNodes)) {
    if (nodes.some((n) => n.name.value !== document.name)) continue;
    views.push({ key, plan: nodePlan(walk, getNamedType(document.type), nodes) });
    for (const p of selectedProps(walk, getNamedType(document.type), nodes)) props.add(p);
  }
  return views.length > 0 ? { props: [...props], views } : undefined;
}

/** The field nodes of every alias of `name` selected on `type` (objects they share: their selections merge). */
export function fieldNodesNamed(walk: Walk, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], name: string): FieldNode[] {
  return [...collectFields(walk, type, fieldNodes).values()].flat().filter((n) => n.name.value === name);
}

/** The field at the end of the non-empty `path` (`["edges", "evidence"]`) and its nodes in the selection under every alias (none: not selected). */
function fieldAt(walk: Walk, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], path: readonly string[]): { field?: GraphQLField<unknown, unknown>; nodes: FieldNode[] } {
  const [name, ...rest] = path;
  const field = type.getFields()[name!];
  const nodes = field ? fieldNodesNamed(walk, type, fieldNodes, name!) : [];
  if (rest.length === 0 || nodes.length === 0) return { field, nodes };
  const next = getNamedType(field!.type);
  return isObjectType(next) ? fieldAt(walk, next, nodes, rest) : { nodes: [] };
}

/** Whether the selection on `type` reaches the field path `path` under any alias. */
export const selectsPath = (walk: Walk, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], path: readonly string[]): boolean =>
  fieldAt(walk, type, fieldNodes, path).nodes.length > 0;

/** The arguments of each node of the field at the end of `path` (none when the selection does not reach it). */
export function argumentsAt(walk: Walk, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], path: readonly string[]): Array<Record<string, unknown>> {
  const { field, nodes } = fieldAt(walk, type, fieldNodes, path);
  return field ? nodes.map((node) => getArgumentValues(field, node, walk.variables)) : [];
}

/** The selection walker: which relationship fields a GraphQL selection asks of a node, by response key. */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.ts";
import { collectFields, nodePlan, viewsOf, type Walk } from "../../src/api/selection.ts";
import type { NodePlan } from "../../src/graph/read/projection.ts";

const schema = buildSchema();

/** The walk and the root field's nodes of `query`'s first root field. */
function rootOf(query: string, variables: Record<string, unknown> = {}): { walk: Walk; fields: FieldNode[] } {
  const doc = parse(query);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { walk: { schema, fragments, variables }, fields: [op.selectionSet.selections[0] as FieldNode] };
}

/** A plan as plain data: label → [key, relation, edges, views] (empty labels left out). */
function shape(plan: NodePlan): unknown {
  return Object.fromEntries(
    [...plan].filter(([, fields]) => fields.length > 0).map(([label, fields]) => [
      label,
      fields.map((f) => [f.key, f.relation, f.edges, f.views.map((v) => [v.key, shape(v.plan)])]),
    ]),
  );
}

const type = (name: string) => schema.getType(name) as GraphQLObjectType;

describe("collectFields", () => {
  it("applies fragments whose type condition matches, including interfaces, and @include/@skip", () => {
    const { walk, fields } = rootOf(
      `query($yes: Boolean!) { node(id: "x") { id ...P ... on Node { a: id } ... on Meeting { title } name @skip(if: $yes) key: name @include(if: $yes) } }
       fragment P on Person { name }`,
      { yes: true },
    );
    expect([...collectFields(walk, type("Person"), fields).keys()]).toEqual(["id", "name", "a", "key"]);
    expect([...collectFields(walk, type("Meeting"), fields).keys()]).toEqual(["id", "a", "title", "key"]);
  });
});

describe("nodePlan", () => {
  it("turns the headline into nested plain lists, no edges read", () => {
    const { walk, fields } = rootOf(`{ directive(key: "k") { key meetings { title chairedBy { name offices { title } } attendedBy { name } } } }`);
    expect(shape(nodePlan(walk, type("Directive"), fields))).toEqual({
      Directive: [["meetings", "implementedBy", false, [[null, { Meeting: [
        ["chairedBy", "chairs", false, [[null, { Person: [["offices", "offices", false, []]] }]]],
        ["attendedBy", "attendees", false, []],
      ] }]]]],
    });
  });

  it("keys wrapper fields by alias, with a view per alias of the neighbor, edges only when asked", () => {
    const { walk, fields } = rootOf(`{ person(id: "p") { a: offices { title } b: offices { firstSeen o1: office { holders { person { name } } } o2: office { id } } } }`);
    expect(shape(nodePlan(walk, type("Person"), fields))).toEqual({
      Person: [
        ["a", "offices", false, []],
        ["b", "offices", true, [["o1", { Office: [["holders", "holders", false, []]] }]]],
      ],
    });
  });

  it("reads only the properties shown, a wrapper's own ones from its neighbor", () => {
    const { walk, fields } = rootOf(`{ person(id: "p") { offices { title firstSeen office { jurisdiction } }
      chaired { meeting { __typename title ... on Node { id } } evidence { sentence } } possiblySameAs { reason } } }`);
    const plan = nodePlan(walk, type("Person"), fields).get("Person")!;
    expect(plan.map((f) => [f.key, f.props])).toEqual([
      ["offices", ["id", "title", "jurisdiction"]],
      ["chaired", ["id", "title"]],
      ["possiblySameAs", ["id"]],
    ]);
  });

  it("plans an interface per type, from inline fragments and named ones", () => {
    const { walk, fields } = rootOf(`{ meeting(id: "m") { implements { key ... on Directive { relatedResolutions { key } } ...R } } }
      fragment R on Resolution { relatedDirectives { key } }`);
    expect(shape(nodePlan(walk, type("Meeting"), fields))).toEqual({
      Meeting: [["implements", "implements", false, [[null, {
        Directive: [["relatedResolutions", "relatedResolutions", false, []]],
        Resolution: [["relatedDirectives", "relatedDirectives", false, []]],
      }]]]],
    });
  });

  it("leaves out skipped fields and a key that names different fields in merged selections", () => {
    const { walk, fields } = rootOf(`query($no: Boolean!) { meetings { e1: edges { node { x: chairedBy { name } y: sources @skip(if: $no) { id } } }
      e2: edges { node { x: attendedBy { name } organizer { name } } } } }`, { no: true });
    const edges = collectFields(walk, type("MeetingConnection"), fields);
    const views = viewsOf(walk, type("MeetingEdge"), [...edges.values()].flat(), "node");
    expect(views.map((v) => [v.key, shape(v.plan)])).toEqual([["node", { Meeting: [["organizer", "organizer", false, []]] }]]);
  });
});

describe("first on relationship lists", () => {
  const limits = (plan: NodePlan, label: string) => Object.fromEntries((plan.get(label as never) ?? []).map((f) => [f.key, f.limit]));

  it("becomes the limit of the compiled list, from a literal or a variable", () => {
    const { walk, fields } = rootOf(`query($n: Int) { person(id: "x") { chaired(first: 2) { meeting { title } } attended(first: $n) { meeting { title } } sources { title } } }`, { n: 5 });
    expect(limits(nodePlan(walk, type("Person"), fields), "Person")).toEqual({ chaired: 2, attended: 5, sources: undefined });
  });

  it("is left to the resolver when out of range, and on lists the resolver orders after reading", () => {
    const { walk, fields } = rootOf(`{ office(id: "x") { holders(first: 1) { person { name } } } }`);
    expect(limits(nodePlan(walk, type("Office"), fields), "Office")).toEqual({ holders: undefined });
    const zero = rootOf(`{ person(id: "x") { chaired(first: 0) { meeting { title } } } }`);
    expect(limits(nodePlan(zero.walk, type("Person"), zero.fields), "Person")).toEqual({ chaired: undefined });
  });
});

/** Directives, resolutions and the organizations that issue them; lookups by official number. */
import type { GraphQLResolveInfo } from "graphql";
import type { Label, NodeRow } from "../../graph/read/nodes.ts";
import type { VariantRow } from "../../graph/read/variants.ts";
import type { ApiContext } from "../context.ts";
import { shortText } from "../limits.ts";
import { neighbor, neighbors, pageArgs, pageOf, rootNode, type ListArgs } from "./shared.ts";

/**
 * The stored form of an official number however it was typed: NFC, upper case, no spaces,
 * dashes unified, and `TƯ` / `T.Ư` (Trung ương) written `TW`: " 39-ct/tư " → "39-CT/TW".
 */
export function policyKey(raw: string): string {
  return raw
    .normalize("NFC")
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, "")
    .replace(/T\.?Ư/g, "TW");
}

const byKey = (label: Label, prefix: string) => (_: unknown, args: { key: string }, ctx: ApiContext, info: GraphQLResolveInfo) =>
  rootNode(label, prefix + policyKey(shortText("key", args.key)), ctx, info);

const policyFields = {
  issuedBy: neighbor("issuedBy"),
  meetings: neighbors("implementedBy"),
  sources: neighbors("sources"),
  variants: (parent: NodeRow, _: unknown, ctx: ApiContext) => ctx.loaders.variants(parent.__typename as "Directive" | "Resolution", parent.id),
};

/** A page of a variant's meetings or reports: only the page's nodes are read, batched with their siblings'. */
const variantPage = (label: Label, list: "meetings" | "sources") => async (v: VariantRow, args: ListArgs, ctx: ApiContext) => {
  const nodes = await Promise.all(pageOf(v[list], pageArgs(args, ctx)).map((id) => ctx.loaders.node(label, id)));
  return nodes.filter((n): n is NodeRow => n !== null);
};

export const policyResolvers = {
  Query: {
    directive: byKey("Directive", "dir_"),
    resolution: byKey("Resolution", "res_"),
  },
  Directive: { ...policyFields, relatedResolutions: neighbors("relatedResolutions") },
  Resolution: { ...policyFields, relatedDirectives: neighbors("relatedDirectives") },
  PolicyVariant: {
    meetings: variantPage("Meeting", "meetings"),
    meetingsCount: (v: VariantRow) => v.meetings.length,
    sources: variantPage("Document", "sources"),
    sourcesCount: (v: VariantRow) => v.sources.length,
  },
  Organization: {
    issued: neighbors("issued"),
    meetings: neighbors("organized"),
  },
};

/** Directives, resolutions and the organizations that issue them; lookups by official number. */
import type { GraphQLResolveInfo } from "graphql";
import type { Label } from "../../graph/read/nodes.ts";
import type { ApiContext } from "../context.ts";
import { shortText } from "../limits.ts";
import { neighbor, neighbors, rootNode } from "./shared.ts";

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
};

export const policyResolvers = {
  Query: {
    directive: byKey("Directive", "dir_"),
    resolution: byKey("Resolution", "res_"),
  },
  Directive: { ...policyFields, relatedResolutions: neighbors("relatedResolutions") },
  Resolution: { ...policyFields, relatedDirectives: neighbors("relatedDirectives") },
  Organization: {
    issued: neighbors("issued"),
    meetings: neighbors("organized"),
  },
};

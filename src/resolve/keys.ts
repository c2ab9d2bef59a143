/**
 * Stable identities of graph nodes. Keys are derived from what the text says, so ingesting the
 * same facts twice lands on the same nodes.
 */
import { createHash } from "node:crypto";
import { searchKey } from "../text/fold.ts";

const digest = (s: string): string => createHash("sha256").update(s).digest("base64url").slice(0, 16);

/** Where a person or office belongs: a province's name, CENTRAL for national posts, or null when unknown. */
export type Scope = string | null;
export const CENTRAL = "Trung ương";

export const documentId = (source: string): string => `doc_${digest(source)}`;
/**
 * Bumped when the ids or the graph model change: a document stored under another version is not
 * "unchanged", so ingesting it again writes it anew, with the ids of this one.
 */
const GRAPH_MODEL_VERSION = 7;
/** What tells that a document's text (and the model it was written with) has not changed. */
export const contentHash = (text: string): string => digest(`${GRAPH_MODEL_VERSION}\n${text.normalize("NFC")}`);
export const personId = (nameKey: string, scope: Scope): string => `per_${digest(`${nameKey}|${scope === null ? "" : searchKey(scope)}`)}`;
/** An office by title and jurisdiction; one held by `holder` alone when its place is not known closely enough to share. */
export const officeId = (title: string, jurisdiction: Scope, holder?: string): string =>
  `off_${digest(`${searchKey(title)}|${jurisdiction === null ? "" : searchKey(jurisdiction)}${holder ? `|${holder}` : ""}`)}`;
export const organizationId = (name: string): string => `org_${digest(searchKey(name))}`;
/** A province is known by its name: its id is readable, and drawings showed it before it was stored. */
export const PROVINCE_ID_PREFIX = "province:";
export const provinceId = (name: string): string => `${PROVINCE_ID_PREFIX}${name}`;
/** What a province is looked up by, case and diacritics aside, as search does: "Ninh Thuận" → "ninh thuan". */
export const provinceKey = (name: string): string => searchKey(name);

/**
 * A meeting reported by several papers is one node: same day, same place (the country for a
 * national one, else its province, else organizer, else the reporting document) and same purpose
 * (implemented documents, else title).
 */
export function meetingId(m: { date: string; province: string | null; organizer: string | null; implements: string[]; title: string; national: boolean }, docId: string): string {
  const place = m.national ? "toan quoc" : m.province ? searchKey(m.province) : m.organizer ? searchKey(m.organizer) : docId;
  const purpose = m.implements.length ? [...m.implements].sort().join(",") : searchKey(m.title);
  return `mtg_${digest(`${m.date}|${place}|${purpose}`)}`;
}

/** Words a search must find a node by, folded: names, titles, codes and their spoken forms. */
export function searchText(...parts: Array<string | null | undefined>): string {
  return searchKey(parts.filter(Boolean).join(" "));
}

const KIND_WORDS: Record<string, string> = { CT: "chi thi", NQ: "nghi quyet", KL: "ket luan", QD: "quyet dinh" };

/** "39-CT/TW" → "39 ct tw chi thi 39 chi thi so 39", so that "chi thi 39" finds it. */
export function codeSearchText(key: string, ...more: Array<string | null | undefined>): string {
  const m = /^(\d+)-([A-ZĐ]+)\//u.exec(key);
  const kind = m ? KIND_WORDS[searchKey(m[2]!).toUpperCase()] : undefined;
  const spoken = m && kind ? `${kind} ${m[1]} ${kind} so ${m[1]}` : "";
  const plenum = /^NQ-TW(\d+)(?:-([IVX]+))?$/.exec(key);
  const plenumWords = plenum ? `nghi quyet trung uong ${plenum[1]}${plenum[2] ? ` khoa ${plenum[2]}` : ""}` : "";
  return searchText(key, spoken, plenumWords, ...more);
}

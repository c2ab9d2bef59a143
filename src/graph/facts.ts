/**
 * The fact relationships and their two layers (docs/graph-model.md):
 * - the evidence: one edge per document that states the fact (`CHAIRED {doc, sentence, …}`);
 * - the fact itself: one `CHAIRED_FACT` edge per pair of nodes that any document links, written
 *   with the first evidence edge and deleted with the last.
 * Lists, neighborhoods and paths traverse facts, so a much-reported official costs one step per
 * office, not one per report; evidence is read from the per-document edges only when asked for.
 */

/** Fact types (MENTIONS is provenance of a node, not a fact). */
export const FACTS = ["HOLDS", "CHAIRED", "ATTENDED", "IMPLEMENTS", "ISSUED_BY", "ORGANIZED_BY", "IN_PROVINCE", "POSSIBLY_SAME_AS"] as const;
export type Fact = (typeof FACTS)[number];

const SUFFIX = "_FACT";

/** The one-per-pair relationship type of a fact type. */
export const factType = (type: Fact): string => `${type}${SUFFIX}`;

/** Each evidence type's fact type, as a parameter for statements that read types from edges. */
export const FACT_TYPE_OF: Readonly<Record<Fact, string>> = Object.fromEntries(FACTS.map((t) => [t, factType(t)])) as Record<Fact, string>;

/** Alternatives for a pattern: every per-document evidence type. */
export const EVIDENCE_TYPES = FACTS.join("|");
/** Alternatives for a pattern: every one-per-pair fact type. */
export const FACT_TYPES = FACTS.map(factType).join("|");

/** Cypher for the fact type (`CHAIRED`) of a fact relationship `s` (`CHAIRED_FACT`). */
export const typeOfFact = (s: string): string => `left(type(${s}), size(type(${s})) - ${SUFFIX.length})`;

/**
 * What a pattern traverses: `facts` (one edge per linked pair) or `evidence` (one per document,
 * for reads that show the sentences or the dates of the reports).
 */
export type Layer = "facts" | "evidence";
export const layerType = (layer: Layer, type: Fact): string => (layer === "facts" ? factType(type) : type);

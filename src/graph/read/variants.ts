/** The documents an official number stands for, read from how each report cites it. */
import { isLocalNumber, policyVariants, type Citing, type PolicyVariant } from "../../resolve/policy-variants.ts";
import type { Reader } from "./nodes.ts";

/** A variant with its meetings and reports, newest first. */
export interface VariantRow extends Omit<PolicyVariant, "docs"> {
  meetings: string[];
  sources: string[];
}

interface Row {
  id: string;
  key: string;
  citing: Array<[string, string | null, string | null, string | null, string | null, number | null, string | null]>;
  implementing: Array<[string, string, string | null]>;
}

const byDateDesc = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
  (b.date ?? "").localeCompare(a.date ?? "") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * For each directive or resolution id (one round trip for all): its variants, each with the
 * meetings that its reports say carry it out. A meeting that a report of a told-apart variant
 * places there is not also listed among the ambiguous ones.
 */
export async function variantsById(reader: Reader, label: "Directive" | "Resolution", ids: readonly string[]): Promise<VariantRow[][]> {
  // The label is one of two fixed names, never input; ids are a parameter. MENTIONS starts at a
  // Document and IMPLEMENTS at a Meeting: their labels are not checked (docs/graph-model.md).
  const result = await reader.read<Row>(
    `UNWIND $ids AS id
     MATCH (p:${label} {id: id})
     CALL {
       WITH p
       MATCH (d)-[m:MENTIONS]->(p)
       // The report's province: its own, else that of a meeting it reports.
       WITH d, m, coalesce(d.province, [(d)-[:MENTIONS]->(meeting:Meeting) WHERE meeting.province IS NOT NULL | meeting.province][0]) AS place
       RETURN collect([d.id, m.issuer, m.title, m.issued, coalesce(d.publishedAt, d.date), m.yearsSince, place]) AS citing
     }
     CALL { WITH p MATCH (meeting)-[i:IMPLEMENTS]->(p) RETURN collect([meeting.id, i.doc, meeting.date]) AS implementing }
     RETURN id, p.key AS key, citing, implementing`,
    { ids },
  );
  const byId = new Map(result.records.map((r) => [r.get("id"), r]));
  return ids.map((id) => {
    const record = byId.get(id);
    if (!record) return [];
    const citing = record.get("citing");
    const published = new Map(citing.map(([doc, , , , at]) => [doc, at]));
    const variants = policyVariants(
      citing.map(([doc, issuer, title, issued, at, yearsSince, place]): Citing => ({ doc, issuer, title, issued, published: at, yearsSince, place })),
      isLocalNumber(record.get("key")),
    );
    const variantOf = new Map<string, number>();
    variants.forEach((v, i) => v.docs.forEach((d) => variantOf.set(d, i)));
    const meetings = variants.map(() => new Map<string, string | null>());
    const told = new Set<string>();
    for (const [meeting, doc, date] of record.get("implementing")) {
      const i = variantOf.get(doc);
      if (i === undefined) continue;
      meetings[i]!.set(meeting, date);
      if (!variants[i]!.ambiguous) told.add(meeting);
    }
    return variants.map(({ docs, ...v }, i) => ({
      ...v,
      meetings: [...meetings[i]!]
        .filter(([m]) => !v.ambiguous || !told.has(m))
        .map(([id, date]) => ({ id, date }))
        .sort(byDateDesc)
        .map((m) => m.id),
      sources: docs.map((id) => ({ id, date: published.get(id) ?? null })).sort(byDateDesc).map((d) => d.id),
    }));
  });
}

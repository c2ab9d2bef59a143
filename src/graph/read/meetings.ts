/** The meeting list: filtered, newest first (date desc, then id), keyset-paginated, with the total. */
import { int } from "neo4j-driver";
import { factType } from "../facts.ts";
import { nodeProps, toNodeRow, type Reader } from "./nodes.ts";
import { decodeViews, viewsCypher, type PrefetchedNode, type View } from "./projection.ts";

export interface MeetingFilter {
  /** Inclusive bounds compared on the bound's precision: `to: "2024-05"` includes 31 May. */
  from?: string | null;
  to?: string | null;
  /** A province's folded name (provinceKey): case and diacritics aside. */
  province?: string | null;
  /** A normalized directive or resolution key. */
  implements?: string | null;
}

/** Position after which a page starts: the last meeting's sort key. */
export interface MeetingPosition {
  date: string;
  id: string;
}

export interface MeetingPage {
  total: number;
  /** With what `views` asked for each meeting: the meetings themselves, or copies per alias. */
  meetings: Array<{ node: PrefetchedNode; views?: Map<string, PrefetchedNode> }>;
  hasNext: boolean;
}

/**
 * One round trip: the total and one page (`first` + 1 rows fetched to know whether more follow),
 * each meeting with the relationship fields `views` select (see projection.ts).
 */
export async function meetingsPage(reader: Reader, filter: MeetingFilter, first: number, after: MeetingPosition | null, views: readonly View[] = []): Promise<MeetingPage> {
  // With a province, from its index entry to its meetings only, not through every meeting.
  const match = filter.province == null ? "MATCH (m:Meeting)" : `MATCH (:Province {foldedName: $province})<-[:${factType("IN_PROVINCE")}]-(m)`;
  // Conditions are fixed text; every value is a parameter (a null parameter turns its test off).
  const where = `
    ($from IS NULL OR (NOT m.date STARTS WITH '-' AND left(m.date, size($from)) >= $from))
    AND ($to IS NULL OR (NOT m.date STARTS WITH '-' AND left(m.date, size($to)) <= $to))
    AND ($implements IS NULL OR EXISTS { (m)-[:${factType("IMPLEMENTS")}]->(p) WHERE (p:Directive OR p:Resolution) AND p.key = $implements })`;
  const result = await reader.read<{ total: number; page: Array<[Record<string, unknown>, unknown[]]> }>(
    `CALL { ${match} WHERE ${where} RETURN count(m) AS total }
     CALL {
       ${match} WHERE ${where}
         AND ($afterDate IS NULL OR m.date < $afterDate OR (m.date = $afterDate AND m.id > $afterId))
       WITH m ORDER BY m.date DESC, m.id LIMIT $limit
       RETURN collect([${nodeProps("m")}, ${viewsCypher(views, "m", 1)}]) AS page
     }
     RETURN total, page`,
    {
      province: filter.province ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      implements: filter.implements ?? null,
      afterDate: after?.date ?? null,
      afterId: after?.id ?? null,
      limit: int(first + 1),
    },
  );
  const record = result.records[0]!;
  const page = record.get("page").slice(0, first).map(([props, values]) => {
    const node: PrefetchedNode = toNodeRow(props);
    const copies = decodeViews(views, node, values);
    return copies ? { node, views: copies } : { node };
  });
  return { total: record.get("total"), meetings: page, hasNext: record.get("page").length > first };
}

/**
 * Per-request DataLoaders: every node lookup and every relationship field of one kind at one
 * level of the query becomes a single batched Cypher query, so the number of round trips grows
 * with the depth of the operation, not with the size of its results.
 */
import DataLoader from "dataloader";
import { relatedByIds, relatedCounts, type Related, type Relation } from "../graph/read/batch.ts";
import { nodesById, type Label, type NodeRow, type Reader } from "../graph/read/nodes.ts";
import { variantsById, type VariantRow } from "../graph/read/variants.ts";

export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly reader: Reader) {}

  private loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let l = this.cache.get(key) as DataLoader<string, V> | undefined;
    if (!l) {
      l = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.cache.set(key, l as DataLoader<string, unknown>);
    }
    return l;
  }

  /** Forgets everything read so far (after a write in the same request). */
  clear(): void {
    this.cache.clear();
  }

  /** The node of that label with that id, or null. */
  node(label: Label, id: string): Promise<NodeRow | null> {
    return this.loader(`node:${label}`, (ids) => nodesById(this.reader, label, ids)).load(id);
  }

  /** The neighbors of a node (of that label) over one relation, deduplicated; with their edges if asked. */
  related(label: Label, relation: Relation, id: string, withEdges = false): Promise<Related[]> {
    return this.loader(`${relation}:${label}:${withEdges}`, (ids) => relatedByIds(this.reader, label, relation, ids, withEdges)).load(id);
  }

  /** The documents a directive's or resolution's number stands for (graph/read/variants.ts). */
  variants(label: "Directive" | "Resolution", id: string): Promise<VariantRow[]> {
    return this.loader(`variants:${label}`, (ids) => variantsById(this.reader, label, ids)).load(id);
  }

  /** How many neighbors a node (of that label) has over one relation: the length of `related`'s list. */
  count(label: Label, relation: Relation, id: string): Promise<number> {
    return this.loader(`${relation}:${label}:count`, (ids) => relatedCounts(this.reader, label, relation, ids)).load(id);
  }
}

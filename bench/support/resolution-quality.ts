/**
 * How well person resolution across documents matches the generator's identities (officials
 * recur, move between provinces and posts, and namesakes exist). Runs extraction and resolution
 * as ingestion does, in document order, without Neo4j (resolution is pure given what came before).
 * B-cubed precision (a node holds one real person) and recall (a real person is one node), over
 * every mention of a person in a document.
 */
import { extract } from "../../src/extract/index.ts";
import { contentHash } from "../../src/resolve/keys.ts";
import { PersonIndex } from "../../src/resolve/persons.ts";
import { documentRows } from "../../src/resolve/rows.ts";
import { nameKey } from "../../src/text/fold.ts";
import { normalizeText } from "../../src/text/normalize.ts";
import { generateCorpus } from "../corpus/generate.ts";

export interface ResolutionQuality {
  mentions: number;
  persons: number;
  nodes: number;
  precision: number;
  recall: number;
  /** Real persons spread over several nodes, and how many of those have every pair linked POSSIBLY_SAME_AS. */
  split: number;
  splitLinked: number;
}

export function resolutionQuality(opts: { docs: number; seed: number }): ResolutionQuality {
  const people = new PersonIndex();
  /** One entry per person mentioned in a document: our node and the generator's identity. */
  const mentions: Array<{ node: string; truth: string }> = [];
  const linked = new Set<string>();
  for (const doc of generateCorpus({ docs: opts.docs, seed: opts.seed })) {
    const text = normalizeText(doc.text);
    const x = extract(text, doc.meta);
    const rows = documentRows(
      { source: doc.meta.source ?? doc.name, title: text.split("\n", 1)[0]!, publishedAt: doc.meta.publishedAt ?? null, province: x.document.province ?? doc.meta.province ?? null, contentHash: contentHash(text) },
      x,
      people,
    );
    const truthByName = new Map(doc.gold.persons.map((p) => [nameKey(p.name), p.id]));
    for (const p of rows.persons) {
      const truth = truthByName.get(p.nameKey);
      if (truth) mentions.push({ node: p.id, truth });
    }
    for (const l of rows.possiblySameAs) linked.add([l.a, l.b].sort().join("|"));
  }

  // B-cubed: for each mention, the share of its cluster's mentions that belong with it.
  function bcubed(clusterOf: (m: (typeof mentions)[number]) => string, classOf: (m: (typeof mentions)[number]) => string): number {
    const clusters = new Map<string, Map<string, number>>();
    for (const m of mentions) {
      const c = clusters.get(clusterOf(m)) ?? new Map<string, number>();
      c.set(classOf(m), (c.get(classOf(m)) ?? 0) + 1);
      clusters.set(clusterOf(m), c);
    }
    let sum = 0;
    for (const m of mentions) {
      const c = clusters.get(clusterOf(m))!;
      const size = [...c.values()].reduce((a, b) => a + b, 0);
      sum += c.get(classOf(m))! / size;
    }
    return sum / mentions.length;
  }

  const precision = bcubed((m) => m.node, (m) => m.truth);
  const recall = bcubed((m) => m.truth, (m) => m.node);
  const nodes = new Set(mentions.map((m) => m.node));
  const truths = new Set(mentions.map((m) => m.truth));
  // Of the real persons split over several nodes, how many have those nodes linked as possibly the same.
  const nodesOfTruth = new Map<string, Set<string>>();
  for (const m of mentions) nodesOfTruth.set(m.truth, (nodesOfTruth.get(m.truth) ?? new Set()).add(m.node));
  const split = [...nodesOfTruth.values()].filter((s) => s.size > 1);
  const splitLinked = split.filter((s) => {
    const ids = [...s];
    return ids.every((a, i) => ids.slice(i + 1).every((b) => linked.has([a, b].sort().join("|"))));
  });

  return { mentions: mentions.length, persons: truths.size, nodes: nodes.size, precision, recall, split: split.length, splitLinked: splitLinked.length };
}

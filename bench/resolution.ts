/** `npm run bench:resolution [-- --docs N --seed S]`: person resolution against the generator's identities. */
import { Command } from "commander";
import { machine } from "./support/machine.ts";
import { resolutionQuality } from "./support/resolution-quality.ts";

const opts = new Command("bench:resolution")
  .option("--docs <n>", "documents", (v) => Number.parseInt(v, 10), 10_000)
  .option("--seed <n>", "corpus seed", (v) => Number.parseInt(v, 10), 1)
  .parse()
  .opts<{ docs: number; seed: number }>();

const q = resolutionQuality(opts);
console.log([
  `Machine: ${machine()}`,
  `Command: npm run bench:resolution -- --docs ${opts.docs} --seed ${opts.seed}`,
  "",
  "| measure | value |",
  "|---|---|",
  `| person mentions (matched to the answer keys) | ${q.mentions} |`,
  `| real persons / person nodes | ${q.persons} / ${q.nodes} |`,
  `| B-cubed precision (a node is one real person) | **${q.precision.toFixed(4)}** |`,
  `| B-cubed recall (a real person is one node) | **${q.recall.toFixed(4)}** |`,
  `| real persons split over several nodes | ${q.split}, of which ${q.splitLinked} with every pair linked POSSIBLY_SAME_AS |`,
].join("\n"));

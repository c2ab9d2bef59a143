/** What a benchmark ran on, for BENCHMARKS.md. */
import { cpus, totalmem } from "node:os";

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

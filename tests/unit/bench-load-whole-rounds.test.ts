/** The load generator times every system on the same arguments: whole rounds, from the first. */
import { describe, expect, it } from "vitest";
import { measure, type Args } from "../../bench/support/load.ts";

const round: Args[] = ["a", "b", "c", "d", "e"].map((id) => ({ id }));

/** Measures an ask that only records its arguments; the ids asked, warm-up and timed together. */
async function asked(clients: number, requests: number, seconds: number): Promise<{ ids: string[]; timed: number }> {
  const ids: string[] = [];
  const m = await measure(clients, async ({ id }) => {
    ids.push(id!);
    await new Promise((resolve) => setImmediate(resolve));
  }, round, { requests, seconds });
  return { ids, timed: m.requests };
}

const counts = (ids: string[]) => Object.fromEntries(round.map(({ id }) => [id, ids.filter((x) => x === id).length]));

describe("measure", () => {
  it("rounds a request limit up to whole rounds, one client or many", async () => {
    for (const clients of [1, 4, 32]) {
      const { ids, timed } = await asked(clients, 12, 60);
      expect(timed, `${clients} clients`).toBe(15);
      // Warm-up: 12 rounded up to whole rounds too, then the timed requests.
      expect(ids).toHaveLength(15 + 15);
      expect(counts(ids), `${clients} clients`).toEqual({ a: 6, b: 6, c: 6, d: 6, e: 6 });
    }
  });

  it("starts each measurement at the round's first arguments", async () => {
    const { ids } = await asked(1, 7, 60);
    expect(ids.slice(0, 10)).toEqual(["a", "b", "c", "d", "e", "a", "b", "c", "d", "e"]);
    expect(ids.slice(10, 15)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("completes the round under way when the time is up", async () => {
    const { ids, timed } = await asked(3, Number.MAX_SAFE_INTEGER, 0.02);
    expect(timed % round.length).toBe(0);
    expect(new Set(Object.values(counts(ids))).size).toBe(1);
  });

  it("refuses an empty round instead of timing nothing", async () => {
    await expect(measure(1, async () => undefined, [], { requests: 10, seconds: 1 })).rejects.toThrow("at least one set of arguments");
  });
});

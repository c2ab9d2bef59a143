/**
 * Latency against corpus size as a dependency-free SVG: one panel per question, p50 (solid) and
 * p99 (dashed) at 1 client for each system. Both axes logarithmic: sizes span decades, and the
 * systems' latencies differ by factors.
 */
import { SYSTEMS, SYSTEM_NAMES, type RunResult, type System } from "./results.ts";

const COLORS: Record<System, string> = { ours: "#1f77b4", peer: "#d62728", raw: "#7f7f7f" };
const PANEL = { w: 260, h: 210, left: 48, right: 12, top: 28, bottom: 36 };
const COLUMNS = 3;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? String(Number(v.toPrecision(2))) : v.toPrecision(1));

/** Powers of ten (and 2×, 5× when few) between lo and hi, for ticks. */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of Math.log10(hi / lo) < 2 ? [1, 2, 5] : [1]) if (m * 10 ** e >= lo && m * 10 ** e <= hi) ticks.push(m * 10 ** e);
  }
  return ticks;
}

export function latencySvg(run: RunResult): string {
  const sizes = run.sizes.map((s) => s.docs);
  const names = run.sizes[0]!.questions.map((q) => q.name);
  const rows = Math.ceil((names.length + 1) / COLUMNS); // the last cell holds the legend
  const width = COLUMNS * PANEL.w;
  const height = rows * PANEL.h + 30;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="13">Latency (ms, log) against corpus size (documents, log), 1 client</text>`,
  ];
  const [xLo, xHi] = [Math.min(...sizes) / 1.5, Math.max(...sizes) * 1.5];
  names.forEach((name, i) => {
    const ox = (i % COLUMNS) * PANEL.w;
    const oy = 30 + Math.floor(i / COLUMNS) * PANEL.h;
    const series = SYSTEMS.flatMap((system) => (["p50", "p99"] as const).map((p) => ({
      system, p,
      points: run.sizes.map((s) => ({ x: s.docs, y: s.questions.find((q) => q.name === name)!.cells.find((c) => c.clients === 1)![system][p] })),
    })));
    const ys = series.flatMap((s) => s.points.map((pt) => pt.y));
    const [yLo, yHi] = [Math.min(...ys) / 1.3, Math.max(...ys) * 1.3];
    const px = (x: number) => ox + PANEL.left + ((Math.log(x) - Math.log(xLo)) / (Math.log(xHi) - Math.log(xLo))) * (PANEL.w - PANEL.left - PANEL.right);
    const py = (y: number) => oy + PANEL.h - PANEL.bottom - ((Math.log(y) - Math.log(yLo)) / (Math.log(yHi) - Math.log(yLo))) * (PANEL.h - PANEL.top - PANEL.bottom);
    out.push(`<text x="${ox + PANEL.w / 2}" y="${oy + 16}" text-anchor="middle" font-size="12" font-weight="bold">${esc(name)}</text>`);
    out.push(`<rect x="${ox + PANEL.left}" y="${oy + PANEL.top}" width="${PANEL.w - PANEL.left - PANEL.right}" height="${PANEL.h - PANEL.top - PANEL.bottom}" fill="none" stroke="#ccc"/>`);
    for (const t of logTicks(yLo, yHi)) {
      out.push(`<line x1="${ox + PANEL.left}" x2="${ox + PANEL.w - PANEL.right}" y1="${py(t).toFixed(1)}" y2="${py(t).toFixed(1)}" stroke="#eee"/>`);
      out.push(`<text x="${ox + PANEL.left - 4}" y="${(py(t) + 3).toFixed(1)}" text-anchor="end">${fmt(t)}</text>`);
    }
    for (const x of sizes) out.push(`<text x="${px(x).toFixed(1)}" y="${oy + PANEL.h - PANEL.bottom + 14}" text-anchor="middle">${x.toLocaleString("en")}</text>`);
    for (const s of series) {
      const d = s.points.map((pt) => `${px(pt.x).toFixed(1)},${py(pt.y).toFixed(1)}`).join(" ");
      out.push(`<polyline points="${d}" fill="none" stroke="${COLORS[s.system]}" stroke-width="2"${s.p === "p99" ? ` stroke-dasharray="5,3"` : ""}/>`);
      for (const pt of s.points) out.push(`<circle cx="${px(pt.x).toFixed(1)}" cy="${py(pt.y).toFixed(1)}" r="2.5" fill="${COLORS[s.system]}"/>`);
    }
  });
  const lx = (names.length % COLUMNS) * PANEL.w + PANEL.left;
  const ly = 30 + Math.floor(names.length / COLUMNS) * PANEL.h + PANEL.top + 10;
  SYSTEMS.forEach((system, i) => {
    out.push(`<line x1="${lx}" x2="${lx + 30}" y1="${ly + i * 18}" y2="${ly + i * 18}" stroke="${COLORS[system]}" stroke-width="2"/>`);
    out.push(`<text x="${lx + 36}" y="${ly + i * 18 + 4}" font-size="11">${esc(SYSTEM_NAMES[system])}</text>`);
  });
  out.push(`<line x1="${lx}" x2="${lx + 30}" y1="${ly + 66}" y2="${ly + 66}" stroke="#333" stroke-width="2"/><text x="${lx + 36}" y="${ly + 70}" font-size="11">p50</text>`);
  out.push(`<line x1="${lx}" x2="${lx + 30}" y1="${ly + 84}" y2="${ly + 84}" stroke="#333" stroke-width="2" stroke-dasharray="5,3"/><text x="${lx + 36}" y="${ly + 88}" font-size="11">p99</text>`);
  out.push("</svg>");
  return out.join("\n");
}

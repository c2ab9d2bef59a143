/**
 * The corpus as an in-memory stream: generateCorpus({docs, seed}) yields documents
 * one at a time, each from its own PRNG stream seeded by (seed, index), so any
 * prefix of the corpus is the same whatever N is and nothing is held in memory.
 */
import { isoDate, ymd } from "./calendar.ts";
import { provincialCatalogue, type ProvincialDoc } from "./catalogue.ts";
import { DocBuilder, type Gold } from "./document.ts";
import { buildPopulation, PERIOD_END, PERIOD_START, type Population } from "./officials.ts";
import { Prose } from "./phrases.ts";
import { asciiSlug, PROVINCES, type Province } from "./provinces.ts";
import { mixSeed, Rng } from "./random.ts";
import { oldStyleTones } from "./spelling.ts";
import { TEMPLATES } from "./templates.ts";

export type { Gold, GoldMeeting, GoldPerson } from "./document.ts";
export { buildPopulation } from "./officials.ts";

export interface GeneratedMeta {
  source: string;
  /** YYYY-MM-DD, or null as for many real clippings. */
  publishedAt: string | null;
  province: string;
}

export interface GeneratedDoc {
  /** File stem: NAME.txt, NAME.meta.json, NAME.gold.json. */
  name: string;
  /** First line the headline; may be NFD or use old-style tone placement. */
  text: string;
  meta: GeneratedMeta;
  gold: Gold;
}

export interface CorpusOptions {
  docs: number;
  seed: number;
}

const PUBLISHED_SHARE = 0.7;
const YEAR_IN_TEXT_SHARE = 0.3;
const OLD_TONES_SHARE = 0.15;
const NFD_SHARE = 0.1;
const MIN_BYTES = 1300;
const MAX_BYTES = 2600;
const MAX_FILLER_PARAGRAPHS = 6;

const NATIONAL_OUTLETS = ["dangcongsan.vn", "nhandan.vn", "baochinhphu.vn", "tapchicongsan.org.vn", "vietnamplus.vn"];

export function* generateCorpus({ docs, seed }: CorpusOptions): Generator<GeneratedDoc> {
  const population = buildPopulation(seed);
  const catalogues = PROVINCES.map((p, i) => provincialCatalogue(seed, i, p));
  for (let i = 0; i < docs; i++) yield generateDocument(population, catalogues, seed, i);
}

function generateDocument(
  population: Population,
  catalogues: readonly (readonly ProvincialDoc[])[],
  seed: number,
  index: number,
): GeneratedDoc {
  const r = new Rng(mixSeed(seed, index));
  const pi = r.int(0, PROVINCES.length - 1);
  const province = PROVINCES[pi]!;
  const day = r.int(PERIOD_START, PERIOD_END);
  const era = population.eraAt(day);
  // Published the same day or the next, never across a new year (the key takes the year from it).
  const published = r.chance(PUBLISHED_SHARE) ? (ymd(day + 1).y === ymd(day).y && r.chance(0.3) ? day + 1 : day) : null;
  const writeYear = r.chance(YEAR_IN_TEXT_SHARE);
  const b = new DocBuilder(r, province, published !== null || writeYear);
  const template = r.weighted(TEMPLATES);
  const prose = new Prose(r, province);
  const written = template({
    b,
    r,
    prose,
    pe: era.provinces[pi]!,
    era,
    day,
    writeYear,
    provincial: catalogues[pi]!.filter((d) => d.issued < day - 14),
  });

  const paragraphs = b.paragraphs.slice();
  const target = r.int(MIN_BYTES, MAX_BYTES);
  let bytes = Buffer.byteLength(written.headline + paragraphs.join("\n\n"));
  for (let k = 0; k < MAX_FILLER_PARAGRAPHS && bytes < target; k++) {
    const p = prose.paragraph();
    paragraphs.splice(written.fillerAt + k, 0, p);
    bytes += Buffer.byteLength(p) + 2;
  }

  let text = `${written.headline}\n\n${paragraphs.join("\n\n")}\n`;
  let gold = b.gold();
  if (r.chance(OLD_TONES_SHARE)) {
    text = oldStyleTones(text);
    gold = withOldStyleNames(gold);
  }
  if (r.chance(NFD_SHARE)) text = text.normalize("NFD");

  return {
    name: `${province.slug}-${written.slug}-${String(index + 1).padStart(6, "0")}`,
    text,
    meta: { source: sourceUrl(r, province, written.headline, index), publishedAt: published === null ? null : isoDate(published), province: province.display },
    gold,
  };
}

/** Names in the key are as written, so they follow the document's spelling. */
function withOldStyleNames(gold: Gold): Gold {
  return {
    ...gold,
    persons: gold.persons.map((p) => ({ ...p, name: oldStyleTones(p.name) })),
    meetings: gold.meetings.map((m) => ({
      ...m,
      chairedBy: m.chairedBy.map(oldStyleTones),
      attendedBy: m.attendedBy.map(oldStyleTones),
    })),
  };
}

function sourceUrl(r: Rng, province: Province, headline: string, index: number): string {
  const host = r.chance(0.6) ? `bao${province.slug.replaceAll("-", "")}.vn` : r.pick(NATIONAL_OUTLETS);
  return `https://${host}/${asciiSlug(headline).slice(0, 90).replace(/-$/, "")}-${100000 + index}.html`;
}

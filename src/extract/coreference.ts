/**
 * In-document coreference: a title used in place of a name ("đồng chí Bí thư Tỉnh ủy nhấn
 * mạnh") is the person introduced earlier with that office (ANNOTATION.md: not a new person), and
 * so is a given name after "ông"/"bà" ("ông Đạt nói") the person introduced with that full name.
 */
import { searchKey } from "../text/fold.ts";

/** Key of a canonical title for matching mentions against holders. */
export const titleKey = (canonical: string): string => searchKey(canonical);

export interface Holder {
  name: string;
  /** Title keys of the person's current offices. */
  titles: ReadonlySet<string>;
  /** Where each of those offices is held, by title key, when known. */
  places: ReadonlyMap<string, string | null>;
  /** Index of the sentence the person was last named in. */
  lastSeen: number;
}

/** Holders by title key, built once per document. */
export function indexHolders(holders: readonly Holder[]): Map<string, Holder[]> {
  const index = new Map<string, Holder[]>();
  for (const h of holders) {
    for (const t of h.titles) {
      const list = index.get(t) ?? [];
      list.push(h);
      index.set(t, list);
    }
  }
  return index;
}

/**
 * Holders of the title `key`, else of a longer title it is the short form of ("Bộ trưởng" → "Bộ
 * trưởng Bộ Quốc phòng"), else of a short form of it ("Thủ tướng Chính phủ" → "Thủ tướng").
 */
function holdersOf(key: string, holders: ReadonlyMap<string, readonly Holder[]>): readonly Holder[] {
  const exact = holders.get(key);
  if (exact) return exact;
  const longer = new Set<Holder>();
  const shorter = new Set<Holder>();
  for (const [title, list] of holders) {
    if (title.startsWith(`${key} `)) for (const h of list) longer.add(h);
    else if (key.startsWith(`${title} `)) for (const h of list) shorter.add(h);
  }
  return [...(longer.size ? longer : shorter)];
}

/** A title as a mention writes it: canonical, with the place it names, if any ("Bí thư Tỉnh ủy Vĩnh Phúc"). */
export interface TitleMention {
  title: string;
  place: string | null;
}

/** Whether `h` may hold `t`: not when it holds that very title somewhere else than the place `t` names. */
function heldThere(h: Holder, t: TitleMention): boolean {
  const place = t.place && h.places.get(titleKey(t.title));
  return !place || searchKey(place) === searchKey(t.place!);
}

/**
 * The named person holding every one of `titles` (or a longer form of each, and where a title names
 * its place, there): the only one, else the one named most recently at or before `sentence`; null
 * when nobody in the document holds them.
 */
export function resolveTitle(titles: readonly TitleMention[], holders: ReadonlyMap<string, readonly Holder[]>, sentence: number): string | null {
  if (!titles.length) return null;
  const [first, ...rest] = titles.map((t) => holdersOf(titleKey(t.title), holders).filter((h) => heldThere(h, t)));
  return pick(first!.filter((h) => rest.every((list) => list.includes(h))), sentence);
}

/** The only candidate, else the one named most recently at or before `sentence`; null for none. */
function pick(candidates: readonly Holder[], sentence: number): string | null {
  if (candidates.length <= 1) return candidates[0]?.name ?? null;
  const before = candidates.filter((h) => h.lastSeen <= sentence);
  const pool = before.length ? before : candidates;
  return pool.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a)).name;
}

/**
 * The named person whose name ends with the given name `given` (its last syllable, or the last two:
 * "Minh Hà"): the only one, else the one holding a title the mention gives (`titles`, canonical: "bà Lan -
 * phó chủ tịch UBND tỉnh" of "Đoàn Thị Lan", Phó Chủ tịch, not "Huỳnh Thị Ngọc Lan", Giám đốc Sở), else
 * the one named most recently at or before `sentence`; null when nobody in the document has it.
 */
export function resolveGivenName(given: string, holders: readonly Holder[], sentence: number, titles: readonly string[] = []): string | null {
  const named = holders.filter((h) => h.name.endsWith(` ${given}`));
  const keys = titles.map(titleKey);
  const holding = named.filter((h) => keys.some((k) => h.titles.has(k)));
  return pick(holding.length ? holding : named, sentence);
}

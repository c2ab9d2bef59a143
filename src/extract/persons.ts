/**
 * The persons of a document: every named mention with the offices it gives, then the given names
 * ("ông Khoa") and the titles standing for names ("Thủ tướng Chính phủ") that refer back to them.
 */
import { nameKey, searchKey } from "../text/fold.ts";
import { indexHolders, resolveGivenName, resolveTitle, titleKey, type Holder, type TitleMention } from "./coreference.ts";
import { PROVINCES } from "./lexicon/provinces.ts";
import { isHighlandsNameStart } from "./lexicon/surnames.ts";
import { ADMIN_UNITS } from "./lexicon/offices.ts";
import { nameText } from "./names.ts";
import { definedAbbreviations } from "./defined-abbreviations.ts";
import { canonicalTitle, jurisdictionOf, type RawOffice } from "./offices.ts";
import type { PersonMention } from "./people.ts";
import type { SentenceFacts } from "./sentence-facts.ts";
import { signatures } from "./signature.ts";
import type { Evidence, ExtractedPerson, OfficeHeld } from "./types.ts";

// A role for the occasion, not an office (ANNOTATION.md): "Trưởng đoàn công tác", "Phó Trưởng đoàn
// kiểm tra", a delegation's "Trưởng đoàn" (an Assembly delegation's head is "Trưởng Đoàn Đại biểu …").
// A council's monitoring delegation is set up by resolution for its term: "Trưởng đoàn giám sát" is kept.
const OCCASIONAL_ROLE = /^(?:Phó )?[Tt]rưởng [Đđ]oàn(?: công tác| kiểm tra| khảo sát|$)/u;

class PersonRegistry {
  readonly persons = new Map<string, ExtractedPerson>();
  private readonly lastSeen = new Map<string, number>();
  /** "person key|former|title key" of every office already recorded. */
  private readonly recorded = new Set<string>();

  constructor(
    private readonly province: string | null,
    /** A title as offices write it: canonical, with the abbreviations the document defines in full. */
    private readonly canonical: (title: string) => string,
  ) {}

  add(name: string, titles: readonly RawOffice[], evidence: Evidence, sentenceIndex: number): void {
    const key = nameKey(name);
    let person = this.persons.get(key);
    if (!person) {
      person = { key, name, offices: [], holds: [], evidence };
      this.persons.set(key, person);
    }
    this.lastSeen.set(key, sentenceIndex);
    for (const raw of titles) {
      const title = this.canonical(raw.title);
      if (OCCASIONAL_ROLE.test(title)) continue;
      const id = `${key}|${raw.former}|${searchKey(title)}`;
      if (this.recorded.has(id)) continue;
      this.recorded.add(id);
      const held: OfficeHeld = { title, jurisdiction: jurisdictionOf(title, raw.place, this.province), former: raw.former, evidence };
      person.holds.push(held);
      person.offices.push(raw.former ? `${raw.marker ?? "nguyên"} ${title}` : title);
    }
  }

  /**
   * A later short form of a title the person was given in full ("Bộ trưởng Đặng Quốc Khánh" after
   * "Bộ trưởng Bộ Tài nguyên và Môi trường") is the same office, not another: it is dropped. So is the
   * spoken form of a local title, its head and level without the body ("Bí thư xã" after "Bí thư Đảng ủy
   * xã", "Chủ tịch tỉnh" after "Chủ tịch UBND tỉnh"); and a merged body's office named by one of the
   * bodies it merged ("Trưởng Ban Tuyên giáo Tỉnh ủy" beside "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy").
   */
  dropShortForms(): void {
    for (const person of this.persons.values()) {
      const keys = person.holds.map((h) => `${h.former}|${searchKey(h.title)}`);
      const spokenOf = (k: string, other: string): boolean => {
        const spoken = SPOKEN_LOCAL_TITLE.exec(k);
        return spoken !== null && other.startsWith(`${spoken[1]} `) && other.endsWith(` ${spoken[2]}`);
      };
      const keep = keys.map((k) => !keys.some((other) => other.startsWith(`${k} `) || (other !== k && (spokenOf(k, other) || partOfMerged(k, other)))));
      if (keep.every(Boolean)) continue;
      person.holds = person.holds.filter((_, i) => keep[i]);
      person.offices = person.offices.filter((_, i) => keep[i]);
    }
  }

  holders(): Holder[] {
    return [...this.persons.values()].map((p) => {
      const places = new Map<string, string | null>();
      for (const h of p.holds) if (!h.former) places.set(titleKey(h.title), h.jurisdiction);
      return { name: p.name, titles: new Set(places.keys()), places, lastSeen: this.lastSeen.get(p.key) ?? 0 };
    });
  }
}

export interface Persons {
  /** By name key. */
  byKey: ReadonlyMap<string, ExtractedPerson>;
  /** The person mention `m` of sentence `sentence` refers to, if any. */
  of(m: PersonMention, sentence: number): ExtractedPerson | undefined;
}

/**
 * An Ê Đê or Jrai name shortened to its prefix and personal name ("đồng chí Y Khuê" for "Y Khuê
 * Byă", as the press writes later mentions): the full name the document gives, else the name itself.
 */
function fullHighlandsName(name: string, names: readonly string[]): string {
  if (!isHighlandsNameStart(name.split(" ", 1)[0]!)) return name;
  return names.find((n) => n.startsWith(`${name} `)) ?? name;
}

/**
 * Two syllables that end the one longer name the document gives, the later mention by a given name
 * whose first syllable is also a family name ("em Phương Linh" after "em Nông Thị Phương Linh"): that
 * name, else the name itself.
 */
function fullNameEndingWith(name: string, names: readonly string[]): string {
  if (name.split(" ").length !== 2) return name;
  const longer = new Set(names.filter((n) => n.endsWith(` ${name}`)));
  return longer.size === 1 ? [...longer][0]! : name;
}

/** Where a name is written: the sentences, and the offices given with it (search keys). */
interface NameUse {
  sentences: Set<number>;
  titles: Set<string>;
}

/**
 * The one longer name the document gives with the same family name and the same given name, holding
 * every syllable of `name` in order: the press drops a middle name at a later mention ("Nguyễn Thạch",
 * "Lê Bích Ngọc" after "Nguyễn Ngọc Thạch", "Lê Thị Bích Ngọc"). Else the name itself: two such names
 * ("Nguyễn Ngọc Thạch", "Nguyễn Văn Thạch") leave it whose it is unsaid; and one sentence naming both
 * ("Chủ trì có Trần Thu Oanh …; dự có … Trần Thị Thu Oanh"), or an office given the shorter that the
 * longer is not given, tells two persons.
 */
function fullNameWithin(name: string, uses: ReadonlyMap<string, NameUse>): string {
  const words = name.split(" ");
  if (words.length < 2) return name;
  const longer = [...uses.keys()].filter((n) => {
    const other = n.split(" ");
    if (other.length <= words.length || other[0] !== words[0] || other.at(-1) !== words.at(-1)) return false;
    let k = 0;
    for (const w of other) if (w === words[k]) k++;
    return k === words.length;
  });
  if (longer.length !== 1) return name;
  const short = uses.get(name)!;
  const full = uses.get(longer[0]!)!;
  const sameOffices = [...short.titles].every((t) => [...full.titles].some((f) => f === t || f.startsWith(`${t} `)));
  return sameOffices && ![...short.sentences].some((i) => full.sentences.has(i)) ? longer[0]! : name;
}

const PROVINCE_NAMES = new Set(PROVINCES);
// How many words a merged body's other part may have ("… và Dân vận", "… và Phát triển nông thôn").
const MERGED_PART_WORDS = 4;

/** Whether title key `k` is `other` without one "và …" part of its body's name. */
function partOfMerged(k: string, other: string): boolean {
  const words = other.split(" ");
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "va") continue;
    for (let n = 1; n <= MERGED_PART_WORDS && i + n < words.length; n++) if ([...words.slice(0, i), ...words.slice(i + n + 1)].join(" ") === k) return true;
  }
  return false;
}

// A local title's head and level, as search keys ("bi thu xa", "pho chu tich tinh").
const SPOKEN_LOCAL_TITLE = /^(.+) (tinh|xa|phuong|thanh pho|dac khu)$/u;

/**
 * A title standing for a person, with its place when that is a province's name ("đồng chí Bí thư
 * Tỉnh ủy Vĩnh Phúc"): a place read from a capitalized run could be the name of someone the
 * title belongs to ("Chủ tịch UBND tỉnh Lê Tín").
 */
const titleMention = (t: RawOffice, canonical: (title: string) => string): TitleMention => ({
  title: canonical(t.title),
  place: t.place && PROVINCE_NAMES.has(t.place) ? t.place : null,
});

/**
 * The places the document names after an administrative word ("huyện Trần Đề", "Huyện Cù Lao Dung:",
 * "xã Lê Lợi"): each capitalized run after one, cut after two to four words. Not where a person's
 * mention goes on ("Chủ tịch UBND tỉnh Lê Tín").
 */
function placesNamedIn(facts: readonly SentenceFacts[]): Set<string> {
  const places = new Set<string>();
  for (const { tokens, mentions } of facts) {
    for (let k = 0; k < tokens.length - 2; k++) {
      if (!tokens[k + 1]!.cap || !ADMIN_UNITS.has(tokens[k]!.lower) || mentions.some((m) => m.start <= k && k < m.end)) continue;
      let n = 0;
      while (n < 4 && tokens[k + 1 + n]?.cap && tokens[k + 1 + n]!.kind === "word") {
        n++;
        if (n >= 2) places.add(nameText(tokens, k + 1, n));
      }
    }
  }
  return places;
}

export function collectPersons(facts: readonly SentenceFacts[], province: string | null): Persons {
  const expand = definedAbbreviations(facts.map((f) => f.sentence.text));
  const canonical = (title: string): string => expand(canonicalTitle(title));
  const registry = new PersonRegistry(province, canonical);
  // A district named like a person ("Bí thư Huyện ủy Trần Đề, Bí thư Huyện ủy Cù Lao Dung không dự"),
  // where the document also writes "huyện Trần Đề": the title of that place's holder, not a name.
  const places = placesNamedIn(facts);
  const personal = (m: PersonMention): m is PersonMention & { name: string } => m.name !== null && !places.has(m.name);
  const uses = new Map<string, NameUse>();
  facts.forEach((f, i) => {
    for (const m of f.mentions) {
      if (!personal(m)) continue;
      const use = uses.get(m.name) ?? { sentences: new Set<number>(), titles: new Set<string>() };
      use.sentences.add(i);
      for (const t of m.titles) if (!t.former) use.titles.add(searchKey(canonical(t.title)));
      uses.set(m.name, use);
    }
  });
  // The document's names, each once, in the order first written.
  const names = [...uses.keys()];
  // Each name's full form is looked for once: the mentions of a name are many, the document's names few.
  const fullNames = new Map<string, string>();
  const fullName = (name: string): string => {
    let full = fullNames.get(name);
    if (full === undefined) fullNames.set(name, (full = fullNameWithin(fullNameEndingWith(fullHighlandsName(name, names), names), uses)));
    return full;
  };
  facts.forEach((f, i) => {
    for (const m of f.mentions) if (personal(m)) registry.add(fullName(m.name), m.titles, f.evidence, i);
  });
  for (const s of signatures(facts)) registry.add(s.name, [s.office], facts[s.index]!.evidence, s.index);
  const named = registry.holders();
  const canonicalTitlesOf = (m: PersonMention): string[] => m.titles.map((t) => canonical(t.title));
  // A given name with titles ("Ông Khoa, 49 tuổi, nguyên Phó Bí thư Huyện ủy …"): the offices of the person named in full.
  facts.forEach((f, i) => {
    for (const m of f.mentions) {
      const name = m.given && m.titles.length ? resolveGivenName(m.given, named, i, canonicalTitlesOf(m)) : null;
      if (name) registry.add(name, m.titles, f.evidence, i);
    }
  });
  const holders = indexHolders(named);
  registry.dropShortForms();
  // A place read as a name ends its titles: the last is that place's ("Bí thư Huyện ủy Trần Đề").
  const titlesOf = (m: PersonMention): TitleMention[] =>
    m.name ? m.titles.map((t, k) => ({ title: canonical(t.title), place: k === m.titles.length - 1 ? m.name : null })) : m.titles.map((t) => titleMention(t, canonical));
  const nameOf = (m: PersonMention, i: number): string | null =>
    personal(m) ? fullName(m.name) : m.given ? resolveGivenName(m.given, named, i, canonicalTitlesOf(m)) : resolveTitle(titlesOf(m), holders, i);
  return {
    byKey: registry.persons,
    of: (m, i) => {
      const name = nameOf(m, i);
      return name === null ? undefined : registry.persons.get(nameKey(name));
    },
  };
}

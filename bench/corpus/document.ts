/**
 * Builds one document: its paragraphs and, in step, its answer key. Every fact
 * enters the key at the moment the text states it, so the key cannot claim more
 * than the text says.
 */
import { type Day, goldDate, ymd } from "./calendar.ts";
import type { CentralDoc, PlenumResolution, ProvincialDoc } from "./catalogue.ts";
import type { Office } from "./offices.ts";
import type { Person } from "./officials.ts";
import type { Province } from "./provinces.ts";
import type { Rng } from "./random.ts";

export interface GoldPerson {
  name: string;
  offices: string[];
  /** The generator's identity of the person (extra field, not scored). */
  id: string;
}
export interface GoldDirective {
  key: string;
  issuer: string | null;
  title: string | null;
}
export interface GoldResolution {
  key: string;
  name: string;
}
export interface GoldMeeting {
  title: string;
  date: string;
  chairedBy: string[];
  attendedBy: string[];
  implements: string[];
}
export interface GoldOther {
  key: string;
  kind: string;
}
export interface Gold {
  persons: GoldPerson[];
  directives: GoldDirective[];
  resolutions: GoldResolution[];
  meetings: GoldMeeting[];
  /** Cited conclusions and plans: not scored, listed for completeness. */
  others: GoldOther[];
}

/** An office as this document shows it: held now, or held before ("nguyên …"). */
export interface ShownOffice {
  office: Office;
  former: boolean;
}

/** A person the document will name, with the offices it will give them. */
export interface Member {
  person: Person;
  shown: ShownOffice[];
  rank: string | null;
}

const goldTitle = (s: ShownOffice) => (s.former ? `nguyên ${s.office.canon}` : s.office.canon);

export type MentionStyle = "comma" | "dash" | "before" | "honorific";

export class DocBuilder {
  readonly paragraphs: string[] = [];
  private readonly persons = new Map<string, GoldPerson>();
  private readonly directives = new Map<string, GoldDirective>();
  private readonly resolutions = new Map<string, GoldResolution>();
  private readonly others = new Map<string, GoldOther>();
  private readonly meetings: GoldMeeting[] = [];

  constructor(
    readonly rng: Rng,
    readonly province: Province,
    /** Whether a reader can know the year (publication date, or a year written in the text). */
    private readonly yearKnown: boolean,
  ) {}

  // ---- people ----------------------------------------------------------------------------

  private register(m: Member): void {
    let p = this.persons.get(m.person.id);
    if (!p) {
      p = { name: m.person.name, offices: [], id: m.person.id };
      this.persons.set(m.person.id, p);
    }
    for (const s of m.shown) {
      const t = goldTitle(s);
      if (!p.offices.includes(t)) p.offices.push(t);
    }
  }

  private officeList(m: Member, withPlace: boolean): string[] {
    const placeAt = withPlace && this.rng.chance(0.15) ? this.rng.int(0, m.shown.length - 1) : -1;
    return m.shown.map((s, i) => {
      const surface = this.rng.weighted(s.office.surfaces);
      const place = i === placeAt && s.office.place && !s.former ? s.office.place : "";
      return `${s.former ? "nguyên " : ""}${surface}${place}`;
    });
  }

  /** A person with their offices, in one of the genre's apposition shapes. */
  mention(m: Member, style: MentionStyle, intro = "đồng chí"): string {
    this.register(m);
    const name = m.rank ? `${m.rank} ${m.person.name}` : m.person.name;
    if (style === "before" && !m.rank && m.shown.every((s) => !s.former)) {
      return `${this.officeList(m, false).join(this.rng.chance(0.7) ? ", " : " - ")} ${m.person.name}`;
    }
    if (style === "honorific") {
      return `${m.person.gender === "F" ? "bà" : "ông"} ${name}, ${this.officeList(m, true).join(", ")}`;
    }
    const sep = style === "dash" ? " - " : ", ";
    const lead = intro ? `${intro} ` : "";
    return `${lead}${name}${sep}${this.officeList(m, true).join(", ")}`;
  }

  /** "A, office, office; B, office": the list after "các đồng chí:". */
  list(ms: readonly Member[]): string {
    const dash = this.rng.chance(0.3);
    return ms.map((m) => this.mention(m, dash ? "dash" : "comma", "")).join("; ");
  }

  /** A later mention by name only (captions, speakers already introduced). */
  named(m: Member): string {
    this.register({ ...m, shown: [] });
    return m.person.name;
  }

  // ---- documents ---------------------------------------------------------------------------

  private directive(key: string, issuer: string | null, title: string | null): void {
    const d = this.directives.get(key) ?? { key, issuer: null, title: null };
    d.issuer ??= issuer;
    d.title ??= title;
    this.directives.set(key, d);
  }

  private resolution(key: string, name: string): void {
    if (!this.resolutions.has(key)) this.resolutions.set(key, { key, name });
  }

  /** Full citation of a central directive or resolution, in one of its printed shapes. */
  citeCentral(doc: CentralDoc, opts: { subject?: boolean; issuer?: boolean } = {}): string {
    const r = this.rng;
    const label = doc.kind === "directive" ? "Chỉ thị" : "Nghị quyết";
    const withIssuer = opts.issuer ?? r.chance(0.7);
    const withSubject = opts.subject ?? r.chance(0.6);
    // Without its code a citation needs the issuer to be a central document at all.
    const codeless = withIssuer && r.chance(0.12);
    const code = r.chance(0.05) ? doc.key.replace("/TW", "/TƯ") : doc.key;
    const head = codeless ? `${label} số ${doc.num}` : `${label}${r.chance(0.8) ? " số" : ""} ${code}`;
    const date = r.chance(0.35) ? ` ngày ${this.docDate(doc.issued)}` : "";
    const term = doc.issuer === "Ban Chấp hành Trung ương Đảng" || r.chance(0.3) ? ` khóa ${doc.term}` : "";
    const issuer = !withIssuer
      ? ""
      : doc.plenum && r.chance(0.5)
        ? ` Hội nghị lần thứ ${doc.plenum} Ban Chấp hành Trung ương Đảng khóa ${doc.term}`
        : ` của ${doc.issuer}${term}`;
    const subject = withSubject ? ` về ${doc.subject}` : "";
    const name = `${head}${date}${issuer}`;
    if (doc.kind === "directive") this.directive(doc.key, withIssuer ? doc.issuer : null, withSubject ? `về ${doc.subject}` : null);
    else this.resolution(doc.key, name);
    return `${name}${subject}`;
  }

  /** Later, shorter mention of a document already cited in full: "Chỉ thị 39", "Nghị quyết số 33". */
  shortCentral(doc: CentralDoc): string {
    const label = doc.kind === "directive" ? "Chỉ thị" : "Nghị quyết";
    return this.rng.chance(0.5) ? `${label} ${Number(doc.num)}` : `${label} số ${doc.key}`;
  }

  citePlenum(res: PlenumResolution): string {
    const r = this.rng;
    const name = r.weighted<string>([
      [`Nghị quyết Trung ương ${res.plenum} khóa ${res.term}`, 4],
      [`Nghị quyết Trung ương ${res.plenum} (khóa ${res.term})`, 1],
      [`Nghị quyết Hội nghị lần thứ ${res.plenum} Ban Chấp hành Trung ương Đảng khóa ${res.term}`, 3],
      [`Nghị quyết Hội nghị Trung ương ${res.plenum} khóa ${res.term}`, 2],
    ]);
    this.resolution(res.key, name);
    return r.chance(0.4) ? `${name} về ${res.subject}` : name;
  }

  /** A provincial document; `byNumberOnly` writes "Nghị quyết số 11 … của Ban Chấp hành Đảng bộ tỉnh". */
  citeProvincial(doc: ProvincialDoc, byNumberOnly: boolean): string {
    const r = this.rng;
    const label = doc.kind === "directive" ? "Chỉ thị" : "Nghị quyết";
    const issuer =
      doc.kind === "directive"
        ? `Ban Thường vụ ${this.province.committee}`
        : r.pick([`Ban Chấp hành Đảng bộ ${this.province.level}`, this.province.committee]);
    const head = byNumberOnly ? `${label} số ${Number(doc.num)}` : `${label} số ${doc.key}`;
    const date = byNumberOnly || r.chance(0.5) ? ` ngày ${this.docDate(doc.issued)}` : "";
    const name = `${head}${date} của ${issuer}`;
    if (doc.kind === "directive") this.directive(doc.key, issuer, `về ${doc.subject}`);
    else this.resolution(doc.key, name);
    return `${name} về ${doc.subject}`;
  }

  /** A conclusion, plan or regulation: cited, not scored. */
  citeUnscored(key: string, text: string, kind: string): string {
    if (!this.others.has(key)) this.others.set(key, { key, kind });
    return text;
  }

  /** "18-01-2018" or "18/1/2018": how the press dates a document. */
  private docDate(day: Day): string {
    const { y, m, d } = ymd(day);
    return this.rng.chance(0.5) ? `${d}-${String(m).padStart(this.rng.chance(0.5) ? 2 : 1, "0")}-${y}` : `${d}/${m}/${y}`;
  }

  // ---- meetings -------------------------------------------------------------------------------

  meeting(title: string, day: Day): GoldMeeting {
    const m: GoldMeeting = { title, date: goldDate(day, this.yearKnown), chairedBy: [], attendedBy: [], implements: [] };
    this.meetings.push(m);
    return m;
  }

  chair(meeting: GoldMeeting, m: Member): void {
    if (!meeting.chairedBy.includes(m.person.name)) meeting.chairedBy.push(m.person.name);
    meeting.attendedBy = meeting.attendedBy.filter((n) => n !== m.person.name);
  }

  attend(meeting: GoldMeeting, m: Member): void {
    const n = m.person.name;
    if (!meeting.chairedBy.includes(n) && !meeting.attendedBy.includes(n)) meeting.attendedBy.push(n);
  }

  implement(meeting: GoldMeeting, key: string): void {
    if (!meeting.implements.includes(key)) meeting.implements.push(key);
  }

  // ---- output ---------------------------------------------------------------------------------

  add(...paragraphs: string[]): void {
    this.paragraphs.push(...paragraphs);
  }

  gold(): Gold {
    return {
      persons: [...this.persons.values()],
      directives: [...this.directives.values()],
      resolutions: [...this.resolutions.values()],
      meetings: this.meetings,
      others: [...this.others.values()],
    };
  }
}

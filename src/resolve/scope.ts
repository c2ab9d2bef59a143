/**
 * Which level an office belongs to. National posts make their holder the same person in every
 * province's news; provincial ones tie a person to a province.
 */
import { nameKey, searchKey, unifyTones } from "../text/fold.ts";
import { CENTRAL, type Scope } from "./keys.ts";

// Folded title fragments of national posts. "Ủy viên Trung ương Đảng" is not among them:
// provincial secretaries hold it too, so it says nothing about where its holder works.
const CENTRAL_TITLES = [
  /^tong bi thu\b/,
  /^chu tich nuoc\b/,
  /^pho chu tich nuoc\b/,
  /^thu tuong\b/,
  /^pho thu tuong\b/,
  /^chu tich quoc hoi\b/,
  /^pho chu tich quoc hoi\b/,
  /^uy vien bo chinh tri\b/,
  /^thuong truc ban bi thu\b/,
  /^bi thu trung uong dang\b/,
  /^(bo truong|thu truong)\b/,
  /\b(ban|van phong) [a-z ]*trung uong\b/,
  /\btrung uong$/,
  /\bchinh phu$/,
  /\bquoc hoi$/,
];

export function isCentralOffice(title: string): boolean {
  const t = searchKey(title);
  if (/\b(tinh|thanh pho|huyen|thi xa)\b/.test(t) || /\b(tinh uy|thanh uy|huyen uy)\b/.test(t)) return false;
  return CENTRAL_TITLES.some((re) => re.test(t));
}

// Other spellings of a province than the lists': a sidecar's or a text's "TP.HCM", "Thừa Thiên - Huế".
const PROVINCE_ALIASES: ReadonlyMap<string, string> = new Map([
  ...["tp.hcm", "tphcm", "tp hcm", "tp. hcm", "tp hồ chí minh", "tp. hồ chí minh", "tp.hồ chí minh", "hồ chí minh", "thành phố hồ chí minh"].map((a) => [a, "Thành phố Hồ Chí Minh"] as const),
  ["thừa thiên - huế", "Thừa Thiên Huế"], ["bà rịa-vũng tàu", "Bà Rịa - Vũng Tàu"],
]);

/** One spelling per place: NFC, one tone placement ("Khánh Hoà" → "Khánh Hòa"), single spaces, known aliases. */
export function placeName(name: string): string {
  const written = unifyTones(name.normalize("NFC")).replace(/\s+/g, " ").trim();
  return PROVINCE_ALIASES.get(nameKey(written)) ?? written;
}

// Membership of the Central Committee is one office, whichever province its member leads (it does
// not make the member's scope national: see isCentralOffice).
const CENTRAL_MEMBERSHIP = /^uy vien (?:du khuyet )?(?:ban chap hanh )?trung uong(?: dang)?$/;

// An office below the province ("Bí thư Huyện ủy", "Chủ tịch UBND xã", "Trưởng thôn"): many hold one
// of its kind in a province at once.
const LOCAL_TITLE = /(?:^|\s)(?:huyện|quận|thị xã|thị trấn|thị ủy|xã(?! hội)|phường|đặc khu|thôn|ấp|khóm|buôn|khu phố|tổ dân phố)(?:\s|$)/u;

/**
 * The jurisdiction of one office: national, the place the text gives, or the document's province.
 * `shared` is false for a local office placed only by the document's province: "Bí thư Huyện ủy" of
 * some district of Điện Biên is not one office whose holders succeed each other, and joining them
 * would link the secretaries of different districts.
 */
export function officeScope(title: string, jurisdiction: string | null, docProvince: string | null): { scope: Scope; shared: boolean } {
  if (isCentralOffice(title) || CENTRAL_MEMBERSHIP.test(searchKey(title))) return { scope: CENTRAL, shared: true };
  if (jurisdiction) return { scope: placeName(jurisdiction), shared: true };
  return { scope: docProvince && placeName(docProvince), shared: !LOCAL_TITLE.test(nameKey(title)) };
}

// Meetings held for the whole country: by a central organ, or called national ("toàn quốc").
const NATIONAL_ORGANIZER = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội)|Trung ương(?: Đảng)?$/u;

/** Whether a meeting is national, one node whichever province's paper reports it. */
export const isNationalMeeting = (m: { title: string; organizer: string | null }): boolean =>
  /toàn quốc/iu.test(m.title) || (m.organizer !== null && NATIONAL_ORGANIZER.test(m.organizer) && !/tỉnh|thành phố|huyện/iu.test(m.organizer));

/**
 * A person's scope in one document: national when any office is, else the province of their
 * offices, else the document's province when they hold an office there, else unknown.
 */
export function personScope(offices: Array<{ title: string; jurisdiction: string | null; former: boolean }>, docProvince: string | null): Scope {
  const current = offices.filter((o) => !o.former);
  if (current.some((o) => isCentralOffice(o.title))) return CENTRAL;
  const place = current.map((o) => o.jurisdiction).find((j): j is string => Boolean(j));
  if (place) return placeName(place);
  return current.length > 0 && docProvince ? placeName(docProvince) : null;
}

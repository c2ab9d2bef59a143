/**
 * Which level an office belongs to. National posts make their holder the same person in every
 * province's news; provincial ones tie a person to a province.
 */
import { searchKey } from "../text/fold.ts";
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

/** The jurisdiction of one office: national, the place the text gives, or the document's province. */
export function officeScope(title: string, jurisdiction: string | null, docProvince: string | null): Scope {
  if (isCentralOffice(title)) return CENTRAL;
  return jurisdiction ?? docProvince ?? null;
}

/**
 * A person's scope in one document: national when any office is, else the province of their
 * offices, else the document's province when they hold an office there, else unknown.
 */
export function personScope(offices: Array<{ title: string; jurisdiction: string | null; former: boolean }>, docProvince: string | null): Scope {
  const current = offices.filter((o) => !o.former);
  if (current.some((o) => isCentralOffice(o.title))) return CENTRAL;
  const place = current.map((o) => o.jurisdiction).find((j): j is string => Boolean(j));
  if (place) return place;
  return current.length > 0 ? docProvince : null;
}

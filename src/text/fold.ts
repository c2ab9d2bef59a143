/**
 * Keys for matching Vietnamese words regardless of how they were typed.
 * Both tone-mark placements ("uỷ"/"ủy", "hoà"/"hòa") mean the same word.
 */

// Old-style placement → new-style placement, for the vowel pairs where both are in use.
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["oà", "òa"], ["oá", "óa"], ["oả", "ỏa"], ["oã", "õa"], ["oạ", "ọa"],
  ["oè", "òe"], ["oé", "óe"], ["oẻ", "ỏe"], ["oẽ", "õe"], ["oẹ", "ọe"],
  ["uỳ", "ùy"], ["uý", "úy"], ["uỷ", "ủy"], ["uỹ", "ũy"], ["uỵ", "ụy"],
];
const TONE_RE = new RegExp(TONE_PAIRS.map(([a]) => a).join("|"), "g");
const TONE_MAP = new Map(TONE_PAIRS);
const TONE_RE_UPPER = new RegExp(TONE_PAIRS.map(([a]) => a[0]!.toUpperCase() + a.slice(1)).join("|"), "g");

/** Rewrites old-style tone placement to the new style, keeping case of the first letter. */
export function unifyTones(s: string): string {
  return s
    .replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m)
    .replace(TONE_RE_UPPER, (m) => {
      const lower = TONE_MAP.get(m.toLowerCase());
      return lower ? lower[0]!.toUpperCase() + lower.slice(1) : m;
    });
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Key for a person's name within and across documents: NFC, one tone placement, lower case, single spaces. */
export function nameKey(name: string): string {
  return squash(unifyTones(name.normalize("NFC").toLowerCase()));
}

/** Removes every diacritic; đ/Đ, a letter of its own that NFD leaves whole, becomes d/D. */
export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Search key: lower case ASCII letters and digits, single spaces ("Nguyễn Đức Thanh" → "nguyen duc thanh"). */
export function searchKey(s: string): string {
  return squash(stripDiacritics(s.normalize("NFC").toLowerCase()).replace(/[^a-z0-9]+/g, " "));
}

/**
 * Keys for matching Vietnamese words regardless of how they were typed.
 * Both tone-mark placements ("uỷ"/"ủy", "hoà"/"hòa") mean the same word.
 */

// Old-style placement → new-style placement, for the vowel pairs where both are in use. Only an
// open syllable differs ("hoà"/"hòa", "thuỷ"/"thủy"): with a final consonant the mark has one
// place ("hoàng", "quỳnh"), so a pair followed by a letter is left alone; so is "qu", where the
// u belongs to the consonant ("Quý", "quý I").
const TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["oà", "òa"], ["oá", "óa"], ["oả", "ỏa"], ["oã", "õa"], ["oạ", "ọa"],
  ["oè", "òe"], ["oé", "óe"], ["oẻ", "ỏe"], ["oẽ", "õe"], ["oẹ", "ọe"],
  ["uỳ", "ùy"], ["uý", "úy"], ["uỷ", "ủy"], ["uỹ", "ũy"], ["uỵ", "ụy"],
];
const TONE_MAP = new Map<string, string>();
for (const [oldStyle, newStyle] of TONE_PAIRS) {
  TONE_MAP.set(oldStyle, newStyle);
  TONE_MAP.set(oldStyle[0]!.toUpperCase() + oldStyle.slice(1), newStyle[0]!.toUpperCase() + newStyle.slice(1));
  // Headlines and banners are often all capitals ("TỈNH UỶ KHÁNH HOÀ").
  TONE_MAP.set(oldStyle.toUpperCase(), newStyle.toUpperCase());
}
const TONE_RE = new RegExp(`(?<![qQ])(?:${[...TONE_MAP.keys()].join("|")})(?![\\p{L}\\p{M}])`, "gu");

/** Rewrites old-style tone placement to the new style in open syllables, keeping case. */
export function unifyTones(s: string): string {
  return s.replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m);
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Key for a person's name within and across documents: NFC, one tone placement, lower case, single spaces, one apostrophe ("H’Nga" = "H'Nga"). */
export function nameKey(name: string): string {
  return squash(unifyTones(name.normalize("NFC").toLowerCase()).replace(/[‘’‚‛]/gu, "'"));
}

/** Removes every diacritic; đ/Đ, a letter of its own that NFD leaves whole, becomes d/D. */
export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Search key: lower case ASCII letters and digits, single spaces ("Nguyễn Đức Thanh" → "nguyen duc thanh"). */
export function searchKey(s: string): string {
  return squash(stripDiacritics(s.normalize("NFC").toLowerCase()).replace(/[^a-z0-9]+/g, " "));
}

/** A subject clause's words, for comparing: "về công tác dân tộc" → "công tác dân tộc". */
export const subjectKey = (title: string): string => nameKey(title).replace(/^về\s+/u, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

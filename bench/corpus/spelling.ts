/**
 * Spelling variants the extractor must survive: old-style tone placement
 * ("Tỉnh uỷ", "hoà", "Thuỷ") and decomposed (NFD) Unicode.
 */

// New-style placement → old style, for the vowel pairs where both are in use.
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["òa", "oà"], ["óa", "oá"], ["ỏa", "oả"], ["õa", "oã"], ["ọa", "oạ"],
  ["òe", "oè"], ["óe", "oé"], ["ỏe", "oẻ"], ["õe", "oẽ"], ["ọe", "oẹ"],
  ["ùy", "uỳ"], ["úy", "uý"], ["ủy", "uỷ"], ["ũy", "uỹ"], ["ụy", "uỵ"],
];
const WITH_UPPER = PAIRS.flatMap(([a, b]) => [
  [a, b],
  [a[0]!.toUpperCase() + a.slice(1), b[0]!.toUpperCase() + b.slice(1)],
] as const);
const MAP = new Map<string, string>(WITH_UPPER);
const RE = new RegExp(WITH_UPPER.map(([a]) => a).join("|"), "g");

/**
 * Old-style placement. Only open syllables move their mark ("hòa" → "hoà"), but a
 * closed one is never written "òa…" in the new style either ("hoàn"), so a plain
 * substitution is exact.
 */
export function oldStyleTones(s: string): string {
  return s.replace(RE, (m) => MAP.get(m) ?? m);
}

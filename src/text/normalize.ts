/**
 * The one text form every later stage reads: NFC, one tone placement, plain spaces and quotes.
 * Offsets in evidence refer to this form, so it is computed once per document.
 */
import { unifyTones } from "./fold.ts";

export function normalizeText(raw: string): string {
  return unifyTones(
    raw
      .replace(/^\uFEFF/, "")
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, " ")
      .replace(/[\u200B\u200C\u200D\u2060]/g, "")
      .replace(/[“”„‟«»]/g, '"')
      .replace(/[‘’‚‛]/g, "'")
      .replace(/[–—−]/g, "-")
      .replace(/[ \t]+/g, " ")
      .replace(/ *\n */g, "\n"),
  );
}

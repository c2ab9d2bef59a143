/**
 * Sentence splitting for news text. Every sentence keeps its offsets in the text it was cut
 * from, so facts can point back at the exact characters they were read from.
 */

export interface Sentence {
  text: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

// A break is a line end, or sentence punctuation followed by space and a capital, digit or
// opening quote. "..." inside a sentence is followed by a lower-case word, so it does not break.
const BREAK_RE = /\n+|[.!?…]+["')\]]*[ \t]+(?=["'(\[]?[\p{Lu}\p{N}])/gu;
// Abbreviations that end in a full stop without ending the sentence ("TP. Hồ Chí Minh", "P. Hạc Thành"), also
// the last of a chain of degrees and honours ("GS.TS. Hoàng Văn A", "PGS.TSKH. …", "NGƯT. …"); a commune
// written short after its bodies ("Chủ tịch UBND X. Tân Lập"), not a term's numeral ("… khóa X.").
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(.])(?:TP|Tp|P|GS|PGS|TS|TSKH|ThS|BS|KS|NXB|Th\.S|NGƯT|NGND|NSƯT|NSND|(?:UBND|HĐND|ủy|MTTQ|Đảng bộ|Công an) X)$/u;

/** Splits `text` into trimmed, non-empty sentences with their offsets in `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };
  BREAK_RE.lastIndex = 0;
  for (let m = BREAK_RE.exec(text); m; m = BREAK_RE.exec(text)) {
    if (m[0][0] !== "\n" && ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(from, m.index - 6), m.index))) continue;
    const cut = m[0][0] === "\n" ? m.index : m.index + m[0].trimEnd().length;
    push(from, cut);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

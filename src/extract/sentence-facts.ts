/** The units extraction reads (the headline, then each sentence cut at its meeting clauses) with what each names. */
import type { Sentence } from "../text/sentences.ts";
import { splitSentences } from "../text/sentences.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import { findCitations, type Citation } from "./citations.ts";
import { findMeeting, meetingClauses, type MeetingMention } from "./meetings.ts";
import { findPersonMentions, type PersonMention } from "./people.ts";
import { recaseShouted } from "./recase.ts";
import type { Evidence } from "./types.ts";

export interface SentenceFacts {
  sentence: Sentence;
  evidence: Evidence;
  tokens: Token[];
  mentions: PersonMention[];
  citations: Citation[];
  meeting: MeetingMention | null;
  /** The unit starts inside a quotation opened before it: a speaker's words go on. */
  inQuote: boolean;
}

// Quoted from the text as written, also where the rules read a sentence set in capitals in case.
const evidenceOf = (text: string, s: Sentence): Evidence => ({ sentence: text.slice(s.start, s.end), start: s.start, end: s.end });

/**
 * Whether a quotation is open after `text[from, to)`, `open` telling whether one was before it.
 * Normalized text writes every quotation mark as '"'; a line break ends a quotation left open.
 */
function quoteOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
  for (let k = from; k < to; k++) {
    if (text[k] === '"') open = !open;
    else if (text[k] === "\n") open = false;
  }
  return open;
}

/** The facts of every unit of the normalized `text`; the first is the headline. */
export function readSentenceFacts(text: string): SentenceFacts[] {
  const sentences = splitSentences(text);
  const units = [...sentences.slice(0, 1), ...sentences.slice(1).flatMap(meetingClauses)];
  const unitTokens = units.map((u) => tokenize(u.text));
  recaseShouted(units, unitTokens);
  let open = false;
  let read = 0;
  return units.map((sentence, index) => {
    const tokens = unitTokens[index]!;
    const citations = findCitations(sentence.text);
    open = quoteOpenAfter(text, read, sentence.start, open);
    read = sentence.start;
    return {
      inQuote: open,
      sentence, evidence: evidenceOf(text, sentence), tokens,
      mentions: findPersonMentions(tokens, sentence.text),
      citations,
      // The headline names the occasion but is not itself a report of a held meeting.
      meeting: index === 0 ? null : findMeeting(sentence.text, tokens, citations),
    };
  });
}

/** Whether a line break stands between unit `i` and the one before it: they are in different paragraphs. */
export const lineBreakBefore = (text: string, facts: readonly SentenceFacts[], i: number): boolean =>
  text.slice(facts[i - 1]!.sentence.end, facts[i]!.sentence.start).includes("\n");

/**
 * The extractor's output: the JSON contract of ANNOTATION.md (the fields the scorer reads)
 * plus evidence and keys that the graph needs. Everything here is plain JSON.
 */

/** Where a fact was read: the sentence and its character offsets in the normalized text. */
export interface Evidence {
  sentence: string;
  /** Offset of the sentence's first character in `Extraction.text`. */
  start: number;
  /** Offset one past the sentence's last character. */
  end: number;
}

/** The optional sidecar `NAME.meta.json`. */
export interface DocumentMeta {
  source?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  province?: string | null;
  title?: string | null;
}

export interface OfficeHeld {
  /** Canonical title, abbreviations expanded, place name removed: "Chủ tịch Ủy ban nhân dân tỉnh". */
  title: string;
  /** The place the office is for ("Ninh Thuận"), from the sentence or the document's province; null if unknown. */
  jurisdiction: string | null;
  /** "nguyên …", "cựu …", "cố …": an office the person held before, not now. */
  former: boolean;
  evidence: Evidence;
}

export interface ExtractedPerson {
  /** In-document key: the folded name (see text/fold.ts). */
  key: string;
  /** Full name as written, NFC. */
  name: string;
  /** Contract field: the titles of `holds`, former ones written with their marker ("nguyên", "cựu", "cố"). */
  offices: string[];
  holds: OfficeHeld[];
  /** First sentence that names the person. */
  evidence: Evidence;
}

export interface ExtractedDirective {
  /** "39-CT/TW" */
  key: string;
  issuer: string | null;
  /** Subject clause, "về …", when the text gives one. */
  title: string | null;
  /** The day it was issued, when the text gives it with the citation (ISO). */
  issued: string | null;
  /** How many years the text says it has been carried out ("tổng kết 10 năm thực hiện …"). */
  yearsSince: number | null;
  evidence: Evidence;
}

export interface ExtractedResolution {
  /** "18-NQ/TW", "NQ-TW4-XII", "06-NQ/TU" */
  key: string;
  name: string;
  issuer: string | null;
  /** Subject clause, "về …", when the text gives one. */
  title: string | null;
  /** The day it was issued, when the text gives it with the citation (ISO). */
  issued: string | null;
  /** How many years the text says it has been carried out ("tổng kết 10 năm thực hiện …"). */
  yearsSince: number | null;
  evidence: Evidence;
}

/** A person's part in a meeting, with the sentence that says so. */
export interface Participation {
  name: string;
  evidence: Evidence;
}

export interface Implementation {
  key: string;
  evidence: Evidence;
}

export interface ExtractedMeeting {
  title: string;
  /** ISO: YYYY-MM-DD when the year is known, else --MM-DD; null when the text gives no day. */
  date: string | null;
  /** Last day of a range, same format; null for a one-day meeting. */
  endDate: string | null;
  /** The body that held it ("Ban Thường vụ Tỉnh ủy"), when the text says. */
  organizer: string | null;
  /** Province the meeting belongs to (document meta or text). */
  province: string | null;
  /** Contract fields (names). */
  chairedBy: string[];
  attendedBy: string[];
  implements: string[];
  /** The same facts with their evidence. */
  chairs: Participation[];
  attendees: Participation[];
  implementations: Implementation[];
  evidence: Evidence;
}

export interface Extraction {
  document: {
    title: string;
    /** Date of the first meeting, else publishedAt; ISO as for meetings. */
    date: string | null;
    source: string | null;
    publishedAt: string | null;
    province: string | null;
  };
  persons: ExtractedPerson[];
  directives: ExtractedDirective[];
  resolutions: ExtractedResolution[];
  meetings: ExtractedMeeting[];
}

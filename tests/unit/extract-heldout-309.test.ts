// The extractor on tests/fixtures/heldout-309: 10 documents. Five plain everyday reports with press
// conferences, and five on public procurement: an inspection's findings, online bidding's review, a
// directive's review, a dialogue with contractors, the ministry's national review. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 0.979: 0.976 on the plain half and 0.980 on the
// other. Read now: the Khmer family name 'Kiên'; 'nhắc' ends a title. Left: a congress announced for
// days after the report ('Đại hội diễn ra từ ngày 27 đến 29/9' in a report of 24/9), held to the
// extractor, which drops a day after the publication only when the year is written: metadata whose day
// comes before the meeting's would otherwise lose real meetings. Now 0.990.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-309", join(import.meta.dirname, "../fixtures/heldout-309"), { documents: 10, overall: 0.98, perKind: 0.94 });

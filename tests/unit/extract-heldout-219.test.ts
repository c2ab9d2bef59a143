// The extractor on tests/fixtures/heldout-219: 10 documents. Five plain everyday reports with offices
// written with their terms, and five on national parks: a park's five-year review, a biodiversity plan
// commented on, forest rangers with border guards, a review of the Prime Minister's wildlife
// directive, the ministry's conference on conservation. Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them. Untouched,
// it scored overall F1 0.964: 0.991 on the plain half and 0.941 on the other. Read now: a term set off
// after a title (', nhiệm kỳ 2025 - 2030, …') no longer ends the titles; national parks named before
// their directors ('Vườn quốc gia Cúc Phương Đinh Công Tuấn'). Left: a border post's name, which
// earlier keys drop as a place; a conservation group's name in lower case; what a draft plan carries
// out; 0.989.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-219", join(import.meta.dirname, "../fixtures/heldout-219"), { documents: 10, overall: 0.98, perKind: 0.93 });

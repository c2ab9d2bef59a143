// The extractor on tests/fixtures/heldout-286: 10 documents. Five plain everyday reports with venues
// named after people, and five on public service units' autonomy: a review of Resolution 19-NQ/TW,
// hospitals' autonomy, staff quotas, schools' autonomy, the ministries' national meeting. Answer keys
// were written from the text, by writers who neither ran nor read the extractor, and committed before
// it was run on them. Untouched, it scored overall F1 1.000: 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-286", join(import.meta.dirname, "../fixtures/heldout-286"), { documents: 10, overall: 0.99, perKind: 0.98 });

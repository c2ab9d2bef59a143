// The extractor on tests/fixtures/heldout-232: 10 documents. Five plain everyday reports with speeches
// published in full with their greetings, and five on emulation and commendation: a patriotic
// emulation congress, a review of Directive 34-CT/TW, the emulation council's session, model
// individuals honoured, the ministry's national review. Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them. Untouched,
// it scored overall F1 1.000: 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-232", join(import.meta.dirname, "../fixtures/heldout-232"), { documents: 10, overall: 0.99, perKind: 0.98 });

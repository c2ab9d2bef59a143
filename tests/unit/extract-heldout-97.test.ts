// The extractor on tests/fixtures/heldout-97: 10 documents. Five plain everyday reports written
// without planted difficulties, and five of honouring: a patriotic emulation congress, Orders and
// Party badges presented, a conference of advanced models, a commune announced as meeting the new-
// rural standard, a press award. Answer keys were written from the text, by writers who neither ran
// nor read the extractor, and committed before it was run on them. Untouched, it scored overall F1
// 0.995 on the plain half and 0.926 on the other.
// Left: nothing.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-97", join(import.meta.dirname, "../fixtures/heldout-97"), { documents: 10, overall: 1.0, perKind: 1.0 });

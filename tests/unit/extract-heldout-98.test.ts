// The extractor on tests/fixtures/heldout-98: 10 documents. Five plain everyday reports written
// without planted difficulties, and five where two sides meet: co-chaired working sessions of a
// province and a ministry, two provinces signing a cooperation programme, a coordination regulation
// reviewed with the army, a regional council, a joint review. Answer keys were written from the
// text, by writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 1.000 on the plain half and 0.983 on the other.
// Left: the resolutions a signed cooperation programme is said to make concrete ("cho biết, chương
// trình được xây dựng nhằm cụ thể hóa Nghị quyết …"), in the presenter's words.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-98", join(import.meta.dirname, "../fixtures/heldout-98"), { documents: 10, overall: 0.99, perKind: 0.85 });

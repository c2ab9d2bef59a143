// The extractor on tests/fixtures/heldout-250: 10 documents. Five plain everyday reports with
// 'ông'/'bà' and the last syllable of a name, and five on social and health insurance: the steering
// committee, a dialogue with businesses in arrears, a review of Resolution 28-NQ/TW, the regional
// office turned provincial, the national review. Answer keys were written from the text, by writers
// who neither ran nor read the extractor, and committed before it was run on them. Untouched, it
// scored overall F1 0.996: 1.000 on the plain half and 0.992 on the other. Read now: 'bảo hiểm xã hội,
// bảo hiểm y tế' inside a steering committee's name. Now 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-250", join(import.meta.dirname, "../fixtures/heldout-250"), { documents: 10, overall: 0.99, perKind: 0.98 });

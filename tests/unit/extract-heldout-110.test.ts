// The extractor on tests/fixtures/heldout-110: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on agriculture, cooperatives and the countryside: a review
// of Resolution 19, a cooperative union's review, an OCOP ceremony, the Farmers' Union with a
// commune, a forum with farmers. Answer keys were written from the text, by writers who neither ran
// nor read the extractor, and committed before it was run on them. Untouched, it scored overall F1
// 1.000 on the plain half and 0.983 on the other.
// Read now: a cooperative's name with lower-case words ("Hợp tác xã Dừa hữu cơ Thành Công"); 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-110", join(import.meta.dirname, "../fixtures/heldout-110"), { documents: 10, overall: 0.99, perKind: 0.98 });

// The extractor on tests/fixtures/heldout-182: 10 documents. Five plain everyday reports with offices
// set off from names with dashes, and five on defence zones and military service: a defence-zone
// exercise opened, a recruits' handover, a military Party committee's review of Resolution 44-NQ/TW,
// the military service council, a military region's review. Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them. Untouched,
// it scored overall F1 0.990: 1.000 on the plain half and 0.982 on the other. Read now: one named by a
// calling and its field ('kỹ sư công nghệ thông tin X'); one who speaks on the sidelines of the
// ceremony ('nói bên lề buổi lễ'). Left: a recruit placed by 'Cũng trong hàng quân sáng nay có tân
// binh X'; what the exercise carries out; 0.994.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-182", join(import.meta.dirname, "../fixtures/heldout-182"), { documents: 10, overall: 0.98, perKind: 0.87 });

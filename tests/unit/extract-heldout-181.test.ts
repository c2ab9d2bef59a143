// The extractor on tests/fixtures/heldout-181: 10 documents. Five plain everyday reports with meetings
// over two days or more, sessions chaired by different people, and five on the press: a working
// session with a merged paper and broadcaster, a press award, a journalists' congress, a press
// briefing under a provincial directive, the national review of Resolution 57 in the press. Answer
// keys were written from the text, by writers who neither ran nor read the extractor, and committed
// before it was run on them. Untouched, it scored overall F1 0.994: 1.000 on the plain half and 0.987
// on the other. Left: an earlier national conference dated only in passing; an office repeated short
// after an election ('giữ chức Phó Chủ tịch Hội'); 0.994.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-181", join(import.meta.dirname, "../fixtures/heldout-181"), { documents: 10, overall: 0.98, perKind: 0.93 });

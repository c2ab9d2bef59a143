// The extractor on tests/fixtures/heldout-431: 10 documents. Five plain everyday reports in Hà Nội
// radio-television's house style (offices before names, 'Dự hội nghị có: Title Name; …', the place
// between office and name), and five on lychee and fruit exports: a harvest conference, exporters,
// packing houses inspected, growing-area codes, a resolution on specialty fruit reviewed. Answer
// keys were written from the text, by writers who neither ran nor read the extractor, and committed
// before it was run on them. Untouched, it scored overall F1 0.975: 0.989 on the plain half and
// 0.962 on the other. Now 0.983.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-431", join(import.meta.dirname, "../fixtures/heldout-431"), { documents: 10, overall: 0.97, perKind: 0.93 });

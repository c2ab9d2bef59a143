// The extractor on tests/fixtures/heldout-186: 10 documents. Five plain everyday reports with speakers
// named together in one sentence, and five on universities: a ministry's working session, an opening
// ceremony with a council session before it, a city's working session with a university, a graduation,
// a university Party plenum. Answer keys were written from the text, by writers who neither ran nor
// read the extractor, and committed before it was run on them. Untouched, it scored overall F1 0.996:
// 0.997 on the plain half and 0.996 on the other. Left: one named in a group without a verb that
// places him; a council session before the ceremony that adopts a plan for Resolution 71; 0.996.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-186", join(import.meta.dirname, "../fixtures/heldout-186"), { documents: 10, overall: 0.99, perKind: 0.95 });

// The extractor on tests/fixtures/heldout-189: 10 documents. Five plain everyday reports with tasks
// assigned to named officials, present and absent, and five on amnesty and reintegration: an amnesty
// announced at a prison, a review of Directive 48-CT/TW and a provincial directive, the Front and the
// police signing a programme, the national amnesty council's session, a working session with the
// police's Party committee. Answer keys were written from the text, by writers who neither ran nor
// read the extractor, and committed before it was run on them. Untouched, it scored overall F1 0.981:
// 1.000 on the plain half and 0.963 on the other. Read now: a prison's governor ('Giám thị Trại giam
// số 6'), the police's lettered departments ('Cục C10'), the amnesty council. Left: a released
// prisoner named only by his story; 0.996.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-189", join(import.meta.dirname, "../fixtures/heldout-189"), { documents: 10, overall: 0.99, perKind: 0.97 });

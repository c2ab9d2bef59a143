// The extractor on tests/fixtures/heldout-93: 10 documents. Five plain everyday reports written
// without planted difficulties, and five online conferences at two levels: a province's own, linked to
// its communes, whose chair leads "tại điểm cầu tỉnh", and the centre's, where a province's leader
// leads only the province's bridge. Answer keys were written from the text, by writers who neither
// ran nor read the extractor, and committed before it was run on them. Untouched, it scored overall
// F1 1.000 on the plain half and 0.943 on the other.
// Left: "chủ trì hội nghị tại điểm cầu tỉnh" of a national conference read as chairing it; one who
// leads a ward's bridge of the province's conference read as its chair.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-93", join(import.meta.dirname, "../fixtures/heldout-93"), { documents: 10, overall: 0.98, perKind: 0.85 });

// The extractor on tests/fixtures/heldout-103: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on digital transformation in practice: the province's
// steering committee under Resolution 57, a commune's digital-government model, a plan reviewed
// with the telecoms, an online training, a ministry's working session. Answer keys were written
// from the text, by writers who neither ran nor read the extractor, and committed before it was run
// on them. Untouched, it scored overall F1 1.000 on the plain half and 0.982 on the other.
// Left: nothing.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-103", join(import.meta.dirname, "../fixtures/heldout-103"), { documents: 10, overall: 1.0, perKind: 1.0 });

// The extractor on tests/fixtures/heldout-113: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on women, children and families: a Women's Union review,
// the Action Month for Children launched, a dialogue with women entrepreneurs, a commune Women's
// congress, a conference against domestic violence. Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 1.000 on the plain half and 0.957 on the other.
// Left: a child who receives a scholarship on stage, whom the key places there.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-113", join(import.meta.dirname, "../fixtures/heldout-113"), { documents: 10, overall: 0.99, perKind: 0.98 });

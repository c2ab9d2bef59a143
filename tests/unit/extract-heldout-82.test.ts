// The extractor on tests/fixtures/heldout-82: 10 documents. Five plain everyday reports written
// without planted difficulties, and five after the 2025 merger of provinces and communes: new
// provinces and communes, offices of abolished units ("nguyên Bí thư Huyện ủy …"), the first
// plenum and congress of merged committees, the documents that drove the restructuring beside those
// carried out. Answer keys were written from the text, by writers who neither ran nor read the
// extractor, and committed before it was run on them. Untouched, it scored overall F1 1.000 on the
// plain half and 0.990 on the other.
// Left: those who travel with a delegation ("Cùng đi có các đồng chí: …") are placed at the first of
// the two sessions it holds, not at the second.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-82", join(import.meta.dirname, "../fixtures/heldout-82"), { documents: 10, overall: 0.99, perKind: 0.95 });

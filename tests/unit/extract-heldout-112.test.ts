// The extractor on tests/fixtures/heldout-112: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on veterans, war invalids and martyrs: incense offered on
// 27 July, a gathering with Heroic Mothers, a veterans' association review, remains received and
// buried, a working session on policies for people with meritorious service. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 0.991 on the plain half and 0.921 on the other.
// Left: incense offered by a delegation ("đoàn … đã đến dâng hương, dâng hoa"), which the key
// counts as a meeting and earlier keys' visits do not; martyrs named only as identified remains.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-112", join(import.meta.dirname, "../fixtures/heldout-112"), { documents: 10, overall: 0.97, perKind: 0.92 });

// The extractor on tests/fixtures/heldout-439: 10 documents. Five plain everyday reports in the
// diplomacy paper's house style ('TGVN.', titles before names, envoys joining by video link), and
// five on rare earths and strategic minerals: a minerals strategy, a rare earth mine, illegal
// digging inspected, resettlement for a mine, a resolution on minerals reviewed. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 0.987: 0.992 on the plain half and 0.983 on the
// other. Now 0.987.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-439", join(import.meta.dirname, "../fixtures/heldout-439"), { documents: 10, overall: 0.97, perKind: 0.94 });

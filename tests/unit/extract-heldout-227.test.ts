// The extractor on tests/fixtures/heldout-227: 10 documents. Five plain everyday reports with live
// coverage in timestamped entries, and five on trade unions: a review of Resolution 02-NQ/TW, a
// dialogue with workers, the Labour Confederation's year, a working session with the Party secretary,
// the national confederation's plenum. Answer keys were written from the text, by writers who neither
// ran nor read the extractor, and committed before it was run on them. Untouched, it scored overall F1
// 0.998: 1.000 on the plain half and 0.996 on the other. Left: a company's union chair placed at a
// working session because he spoke at the afternoon's Tết programme; 0.998.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-227", join(import.meta.dirname, "../fixtures/heldout-227"), { documents: 10, overall: 0.99, perKind: 0.97 });

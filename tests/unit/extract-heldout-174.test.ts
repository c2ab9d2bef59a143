// The extractor on tests/fixtures/heldout-174: 10 documents. Five plain everyday reports with title
// lines in capital letters, and five on administrative reform and public services: a year's review of
// administrative reform, a ward's service centre inspected, the PAR Index announced, a steering
// committee for Resolution 57 and Project 06, a review of two-level local government. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-174", join(import.meta.dirname, "../fixtures/heldout-174"), { documents: 10, overall: 0.99, perKind: 0.98 });

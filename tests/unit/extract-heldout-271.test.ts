// The extractor on tests/fixtures/heldout-271: 10 documents. Five plain everyday reports with a copied
// page's typography, and five on aquaculture: marine farming under Resolution 36-NQ/TW, a shrimp
// association, a resolution's review, a commune's zone plan, disease warnings. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 1.000: 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-271", join(import.meta.dirname, "../fixtures/heldout-271"), { documents: 10, overall: 0.99, perKind: 0.98 });

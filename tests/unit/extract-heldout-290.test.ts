// The extractor on tests/fixtures/heldout-290: 10 documents. Five plain everyday reports with editors'
// notes before the text, and five on governance indices: a province's own index for departments and
// communes, an analysis of the PCI, the PAR Index and SIPAS, PAPI with its researchers, a dialogue
// with businesses. Answer keys were written from the text, by writers who neither ran nor read the
// extractor, and committed before it was run on them. Untouched, it scored overall F1 1.000: 1.000 on
// both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-290", join(import.meta.dirname, "../fixtures/heldout-290"), { documents: 10, overall: 0.99, perKind: 0.98 });

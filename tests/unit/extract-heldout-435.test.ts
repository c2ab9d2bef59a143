// The extractor on tests/fixtures/heldout-435: 10 documents. Five plain everyday reports in the
// city police paper's house style ('(CATP)', dates with hyphens, police ranks before names, bylines
// in capitals), and five on 5G and mobile coverage in remote villages: 5G rolled out, a telecom
// company, coverage in border villages inspected, smartphones for households, a resolution on
// digital infrastructure reviewed. Answer keys were written from the text, by writers who neither
// ran nor read the extractor, and committed before it was run on them. Untouched, it scored overall
// F1 0.982: 0.991 on the plain half and 0.974 on the other. Now 0.982.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-435", join(import.meta.dirname, "../fixtures/heldout-435"), { documents: 10, overall: 0.97, perKind: 0.93 });

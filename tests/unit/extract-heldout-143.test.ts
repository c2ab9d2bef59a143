// The extractor on tests/fixtures/heldout-143: 10 documents. Five plain everyday reports whose lead
// names nobody, the chair named only in the closing paragraph, and five on drug prevention: a
// review of Directive 36-CT/TW, a rally for the month of action, a commune declared drug-free, a
// supervision visit to a rehabilitation centre, a provincial directive disseminated. Answer keys
// were written from the text, by writers who neither ran nor read the extractor, and committed
// before it was run on them. Untouched, it scored overall F1 0.963: 1.000 on the plain half and
// 0.929 on the other.
// Read now: the police's investigation departments by the crimes they investigate, a rehabilitation
// centre, the village a head of 'bản' heads; nobody placed who talks to the reporters or by phone;
// 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-143", join(import.meta.dirname, "../fixtures/heldout-143"), { documents: 10, overall: 0.99, perKind: 0.97 });

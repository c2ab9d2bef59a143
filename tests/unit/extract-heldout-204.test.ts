// The extractor on tests/fixtures/heldout-204: 10 documents. Five plain everyday reports with official
// press communiqués beside ordinary reports, and five on cyber security and online fraud: a review of
// a provincial directive on online fraud, banks and telecoms signing with the police, Project 06's
// steering committee, a directive reviewed with a new one, the police's briefing on a Secretariat
// directive. Answer keys were written from the text, by writers who neither ran nor read the
// extractor, and committed before it was run on them. Untouched, it scored overall F1 0.998: 1.000 on
// the plain half and 0.996 on the other. Read now: a suspect told by year of birth ('Lê Hoàng Phúc (SN
// 1996, …)'); 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-204", join(import.meta.dirname, "../fixtures/heldout-204"), { documents: 10, overall: 0.99, perKind: 0.98 });

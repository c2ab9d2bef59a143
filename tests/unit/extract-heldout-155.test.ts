// The extractor on tests/fixtures/heldout-155: 10 documents. Five plain everyday reports split by
// intertitles, the sapo first, and five on boarding schools for the border communes: a groundbreaking
// linked to the nation's, a progress check, a review of Resolution 71-NQ/TW, the first school year
// opened, the ministry's one-year review. Answer keys were written from the text, by writers who
// neither ran nor read the extractor, and committed before it was run on them. Untouched, it scored
// overall F1 0.968: 1.000 on the plain half and 0.948 on the other.
// Read now: boarding schools by their levels, the department for school buildings, a board for civil
// and industrial works; nobody placed whose story is told or letter read, nor one met in a village
// the report visits. Left: a pupil speaking for the school with her class after her name ('em X, lớp
// 9, phát biểu'); a steering committee for the border communes' schools; 0.981.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-155", join(import.meta.dirname, "../fixtures/heldout-155"), { documents: 10, overall: 0.975, perKind: 0.95 });

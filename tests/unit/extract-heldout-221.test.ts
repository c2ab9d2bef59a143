// The extractor on tests/fixtures/heldout-221: 10 documents. Five plain everyday reports with photo
// captions between paragraphs, naming people with their offices, some named only there, and five on
// courts, procuracies and judicial reform: the judicial reform steering committee on Resolution 27, a
// working session with the court and the procuracy after the regional courts began, a procuracy's and
// a court's year, a review of Resolution 27 with its draft report. Answer keys were written from the
// text, by writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 0.998: 1.000 on the plain half and 0.996 on the other. Read now:
// judges and procurators with their grades ('Thẩm phán Tòa án nhân dân tối cao', 'Kiểm sát viên cao
// cấp …'); 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-221", join(import.meta.dirname, "../fixtures/heldout-221"), { documents: 10, overall: 0.99, perKind: 0.98 });

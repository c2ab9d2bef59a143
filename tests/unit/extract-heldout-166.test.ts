// The extractor on tests/fixtures/heldout-166: 10 documents. Five plain everyday reports of
// provincial associations (lawyers, the Red Cross, learning promotion, the blind, science and
// technology) reviewing their year or holding congresses, and five on the land border: 'Xuân Biên
// phòng' rolled out, a review with a Lao province, a review of a Prime Minister's directive,
// Resolution 33-NQ/TW reviewed, the Vietnam-Cambodia joint committee. Answer keys were written from
// the text, by writers who neither ran nor read the extractor, and committed before it was run on
// them. Untouched, it scored overall F1 0.960: 1.000 on the plain half and 0.930 on the other. Read
// now: the national border committee ('Ủy ban Biên giới quốc gia'). Left: Cambodian bodies and
// offices ('Quốc vụ khanh', 'Cơ quan nhà nước về công tác biên giới'); those who sign a twinning at
// a conference; 0.973.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-166", join(import.meta.dirname, "../fixtures/heldout-166"), { documents: 10, overall: 0.97, perKind: 0.93 });

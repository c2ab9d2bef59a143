// The extractor on tests/fixtures/heldout-191: 10 documents. Five plain everyday reports with Party
// cells' monthly meetings, and five on the sea and islands: a working session with an island special
// zone, a Tết visit to Bạch Long Vĩ, a review of the directives on illegal fishing, Phú Quốc's
// conference on a provincial resolution, a national conference at Côn Đảo. Answer keys were written
// from the text, by writers who neither ran nor read the extractor, and committed before it was run on
// them. Untouched, it scored overall F1 0.978: 0.982 on the plain half and 0.974 on the other. Read
// now: a self-managed neighbourhood group's head ('Tổ trưởng tổ nhân dân tự quản'); the working
// session of a Tết visit, told without a day, on the day the lead gives the trip. Left: a company's
// chairman introduced as a guest; 0.990.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-191", join(import.meta.dirname, "../fixtures/heldout-191"), { documents: 10, overall: 0.98, perKind: 0.91 });

// The extractor on tests/fixtures/heldout-318: 10 documents. Five plain everyday reports with the
// National Assembly paper's house style, and five on citizens' hotlines: the 1022 hotline's review, a
// directive's review with an inspection, a city's dialogue with businesses, a city's working session
// with wards, the national review of receiving citizens. Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them. Untouched,
// it scored overall F1 0.985: 0.988 on the plain half and 0.981 on the other. Read now: a deputy's
// delegation ('đại biểu Quốc hội Đoàn tỉnh Quảng Trị'); the committee for petitions and supervision.
// Left: a supervision team's head ('Trưởng đoàn giám sát'), an office to the extractor and a role in
// this key; a smart-city centre's name in lower case. Now 0.992.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-318", join(import.meta.dirname, "../fixtures/heldout-318"), { documents: 10, overall: 0.98, perKind: 0.97 });

// The extractor on tests/fixtures/heldout-64: 10 documents. Five plain everyday reports written
// without planted difficulties from the Central coast in 2025–2026 (a city Standing Committee's
// dissemination, a ward's review, a People's Committee's regular session, the Youth Union's ten-year
// review, a vice-chairman's working session on flood recovery), and five that tell several meetings
// at once (a Standing Committee's weekly roundup, a chairman's day, a national conference at the
// province's bridge point and the next day's follow-up, a review recalling the launch a year before,
// two communes' congresses on consecutive days). Answer keys were written from the text, by writers
// who neither ran nor read the extractor, and committed before it was run on them. Untouched, it
// scored overall F1 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-64", join(import.meta.dirname, "../fixtures/heldout-64"), { documents: 10, overall: 0.97, perKind: 0.8 });

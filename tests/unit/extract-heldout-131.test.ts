// The extractor on tests/fixtures/heldout-131: 10 documents. All before the 2025 reform: five plain
// everyday reports on the old map (a province, a district's Party committee and people's committee,
// a sector, a commune), and five on the district level (a district plenum, the provincial secretary
// with a district's standing committee, a town's council session, a provincial city's review, a
// district's mass organisations). Answer keys were written from the text, by writers who neither
// ran nor read the extractor, and committed before it was run on them. Untouched, it scored overall
// F1 1.000 on both halves.
// Nothing left.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-131", join(import.meta.dirname, "../fixtures/heldout-131"), { documents: 10, overall: 0.99, perKind: 0.99 });

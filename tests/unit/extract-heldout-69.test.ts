// The extractor on tests/fixtures/heldout-69: 10 documents. Five plain everyday reports written
// without planted difficulties of provincial Party committees' year-end plenums in five provinces
// (the year reviewed, the next year's tasks, a Central resolution or directive reviewed or
// disseminated), and five from small portals written in their shorthand ("Đ/c", "BTV Tỉnh ủy",
// "UVBTV", "NQ 57", "CT số 35", dates as "24-7-2025"). Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-69", join(import.meta.dirname, "../fixtures/heldout-69"), { documents: 10, overall: 0.97, perKind: 0.8 });

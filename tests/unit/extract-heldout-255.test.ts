// The extractor on tests/fixtures/heldout-255: 10 documents. Five plain everyday reports with very
// long leads, and five on cultural industries and creative cities: a city's review, Hội An's two years
// as a creative city, Conclusion 84-KL/TW with artists, the national programme, Resolution 80-NQ/TW.
// Answer keys were written from the text, by writers who neither ran nor read the extractor, and
// committed before it was run on them. Untouched, it scored overall F1 1.000: 1.000 on both halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-255", join(import.meta.dirname, "../fixtures/heldout-255"), { documents: 10, overall: 0.99, perKind: 0.98 });

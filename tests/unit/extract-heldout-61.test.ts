// The extractor on tests/fixtures/heldout-61: 10 documents. Five plain everyday reports written
// without planted difficulties from the merged Southeast provinces in 2025–2026 (a city Standing
// Board's review, a ward People's Committee, a provincial review of a directive, the Fatherland
// Front's year-end review, a vice-chairman's working session with a commune), and five as scraped
// from web pages, with date lines, bylines, photo captions, "Tin liên quan:" headlines and tags left
// in the text. Answer keys were written from the text, by writers who neither ran nor read the
// extractor, and committed before it was run on them. Untouched, it scored overall F1 1.000 on both
// halves.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-61", join(import.meta.dirname, "../fixtures/heldout-61"), { documents: 10, overall: 0.97, perKind: 0.8 });

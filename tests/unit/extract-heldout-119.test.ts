// The extractor on tests/fixtures/heldout-119: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on administrative reform and public services: a conference
// on the reform indices, an inspection of a commune's public service centre, a dialogue on
// procedures, a review of streamlining the apparatus, a conference on Project 06. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 0.992: 1.000 on the plain half and 0.984 on the
// other.
// Read now: the head of a working group named by what it rolls out ('Tổ trưởng Tổ công tác triển
// khai Đề án 06 tỉnh') co-chairing; 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-119", join(import.meta.dirname, "../fixtures/heldout-119"), { documents: 10, overall: 0.99, perKind: 0.98 });

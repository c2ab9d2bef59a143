// The extractor on tests/fixtures/heldout-122: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on traffic safety and urban order: a traffic safety
// committee's review, a drink-driving campaign, a ward's conference on sidewalks, the Party
// secretary at an expressway site, helmets handed to pupils. Answer keys were written from the
// text, by writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 0.993: 1.000 on the plain half and 0.986 on the other.
// Read now: the chair whose committee's name has 'giao' ('Trưởng Ban An toàn giao thông tỉnh chủ
// trì'). Left: a shop owner interviewed in the afternoon, whom the extractor places at the
// morning's conference; 0.998.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-122", join(import.meta.dirname, "../fixtures/heldout-122"), { documents: 10, overall: 0.99, perKind: 0.97 });

// The extractor on tests/fixtures/heldout-340: 10 documents. Five plain everyday reports with the
// police's online news house style, and five on swiftlet nests and bee honey: a plan for swiftlet
// houses rolled out, an export honey plant's inspection, a directive on livestock by-products
// reviewed, a dialogue with beekeepers, the ministry's conference. Answer keys were written from
// the text, by writers who neither ran nor read the extractor, and committed before it was run on
// them. Untouched, it scored overall F1 0.952: 0.908 on the plain half and 0.996 on the other. Read
// now: a police department's code written in full with its kind ('Phó Cục trưởng C04'). Left: this
// key drops the police of a level after a section ('Trưởng phòng Cảnh sát giao thông' for '… Công
// an tỉnh'), where heldout-321's keeps it; 'Bí thư Đảng ủy, Giám đốc Công an tỉnh' completed by
// this key. Now 0.965.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-340", join(import.meta.dirname, "../fixtures/heldout-340"), { documents: 10, overall: 0.95, perKind: 0.88 });

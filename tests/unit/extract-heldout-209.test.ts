// The extractor on tests/fixtures/heldout-209: 10 documents. Five plain everyday reports with days
// written in long and formal forms, and five on libraries and reading: the Book and Reading Culture
// Day rolled out, mobile libraries for border communes, a library's year reviewed, school libraries
// under Resolution 71, the ministry's review of reading. Answer keys were written from the text, by
// writers who neither ran nor read the extractor, and committed before it was run on them. Untouched,
// it scored overall F1 0.979: 1.000 on the plain half and 0.958 on the other. Read now: publishers
// named after people ('Nhà xuất bản Kim Đồng', '… Trẻ'); no person from a school's name; the reading
// ambassador's title. Left: a teacher's post ('giáo viên Trường …'), a calling here; a second title
// after a school's place in parentheses; 0.994.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-209", join(import.meta.dirname, "../fixtures/heldout-209"), { documents: 10, overall: 0.98, perKind: 0.97 });

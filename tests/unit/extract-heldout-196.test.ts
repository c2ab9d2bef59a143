// The extractor on tests/fixtures/heldout-196: 10 documents. Five plain everyday reports with merged
// provinces and their former units, and five on coal and mining safety: a working session with the
// coal group, a safety inspection, the group's Party committee on Resolution 70, a working session
// with a mining corporation, the group's review of the year. Answer keys were written from the text,
// by writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 0.976: 0.967 on the plain half and 0.983 on the other. Read now:
// 'Đặng Văn Chánh', whose given name is a head. Left: a foreman's post ('Quản đốc Phân xưởng Khai thác
// 3'); what an inspection carries out; 0.990.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-196", join(import.meta.dirname, "../fixtures/heldout-196"), { documents: 10, overall: 0.98, perKind: 0.94 });

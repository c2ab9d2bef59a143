// The extractor on tests/fixtures/heldout-99: 10 documents. Five plain everyday reports written
// without planted difficulties, and five of leaders on the move: Tết visits with a working session
// the same day, a Party secretary receiving a religious delegation, a Deputy Prime Minister's field
// survey and working session, a gathering of veterans, a courtesy call by an ambassador. Answer
// keys were written from the text, by writers who neither ran nor read the extractor, and committed
// before it was run on them. Untouched, it scored overall F1 1.000 on the plain half and 0.897 on
// the other.
// Left: "Phát biểu chào mừng Đại sứ, Chủ tịch UBND thành phố X" gives X the envoy's title too.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-99", join(import.meta.dirname, "../fixtures/heldout-99"), { documents: 10, overall: 0.99, perKind: 0.99 });

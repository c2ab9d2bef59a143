// The extractor on tests/fixtures/heldout-124: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on the press, propaganda and public opinion: a meeting
// with the press on Press Day, a press prize ceremony, a conference on public opinion, a review of
// Resolution 35-NQ/TW, a press conference. Answer keys were written from the text, by writers who
// neither ran nor read the extractor, and committed before it was run on them. Untouched, it scored
// overall F1 0.988: 1.000 on the plain half and 0.979 on the other.
// Read now: a province's merged newspaper and broadcaster ('Tổng Biên tập Báo và Phát thanh, Truyền
// hình tỉnh'), a collaborator named ('Cộng tác viên X'); 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-124", join(import.meta.dirname, "../fixtures/heldout-124"), { documents: 10, overall: 0.99, perKind: 0.99 });

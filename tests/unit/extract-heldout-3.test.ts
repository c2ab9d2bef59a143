// The extractor on tests/fixtures/heldout-3: 10 documents (2023–2024, provincial outlets: a
// standing committee's working session with a ministry, an expanded provincial plenum with a
// closing speech, a Party-badge ceremony, deputies meeting voters, a quarterly briefing of the
// Standing Committee, a report mixing "ông"/"bà" and "đồng chí", a review of a provincial
// resolution, a national online conference with a provincial bridge chaired locally, a review of
// Kết luận 21-KL/TW with Chỉ thị 24-CT/TW, text with double spaces, NBSP and "–") whose answer keys
// were written from the text (ANNOTATION.md) and committed before the extractor was run on them.
// Untouched, it scored overall F1 0.958 (P 0.986, R 0.931): PERSON 0.982, HOLDS 0.972, MEETING
// 0.952, CHAIRED 0.966, ATTENDED 0.892, IMPLEMENTS 0.833, DIRECTIVE and RESOLUTION 1.000. After the
// general rule changes they prompted (ceremonies as meetings, "tham luận"/"giải trình"/"phản ánh"
// as presence, voters introduced by "cử tri", "A" names of the Central Highlands, a title before
// ", ông X", "Phòng thủ dân sự", a speaker's report not a meeting's purpose) it scores overall F1
// 0.998 (IMPLEMENTS 0.909); the one miss left is a document the meeting's own sentence says its work
// follows ("Hội nghị cũng thống nhất lồng ghép … theo Nghị quyết số 06-NQ/TW"), which the key
// counts as background, a call on which annotators could differ. The floors guard
// against regressions, with a margin: overall F1 ≥ 0.97, every kind ≥ 0.8.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-3", join(import.meta.dirname, "../fixtures/heldout-3"), { documents: 10, overall: 0.97, perKind: 0.8 });

// The extractor on tests/fixtures/heldout-116: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on building the Party: a ceremony awarding Party badges,
// a model Party cell meeting, a ceremony admitting students to the Party, an Organisation Board
// conference on new members, a conference on Party cells under Directive 10-CT/TW. Answer keys were
// written from the text, by writers who neither ran nor read the extractor, and committed before it
// was run on them. Untouched, it scored overall F1 1.000 on the plain half and 0.958 on the other.
// Left: a student's office after her class ("em X, lớp 12 Toán, Phó Bí thư Đoàn trường"), and a new
// member placed only by "ba đảng viên mới đọc lời tuyên thệ" after the list of those admitted.
// Since 2026-11-28 'nhà trường' (the school the report is about) is left off a title, as most keys
// leave it; this one keeps it ('Hiệu trưởng nhà trường'). Now 0.987.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-116", join(import.meta.dirname, "../fixtures/heldout-116"), { documents: 10, overall: 0.98, perKind: 0.96 });

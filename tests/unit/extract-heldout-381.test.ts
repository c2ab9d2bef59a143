// The extractor on tests/fixtures/heldout-381: 10 documents. Five plain everyday reports in Nhân
// Dân's house style ('NDO -', hyphenated dates, 'Nhân dân', photo credits in capitals), and five on
// bilingual teaching and ethnic minority languages: Jrai and Bahnar in schools, a Mông-language
// class inspected, a resolution on Khmer culture reviewed, officials learning K'Ho, the ethnic
// affairs ministry with a province. Answer keys were written from the text, by writers who neither
// ran nor read the extractor, and committed before it was run on them. Untouched, it scored overall
// F1 0.968: 0.982 on the plain half and 0.953 on the other. Read now: a bare 'Thứ trưởng' leading a
// ministry's delegation is that ministry's. Left: one level word shared by two titles ('Phó Bí thư
// Đảng ủy, Chủ tịch UBND xã'), which these keys give both and most earlier keys do not; teachers'
// schools ('Giáo viên Trường …'). Now 0.972.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-381", join(import.meta.dirname, "../fixtures/heldout-381"), { documents: 10, overall: 0.96, perKind: 0.91 });

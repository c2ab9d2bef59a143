// The extractor on tests/fixtures/heldout-120: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on fighting corruption, waste and negativity: a steering
// committee's session, asset declaration, the Internal Affairs Board with the police, procuracy and
// court, a campaign against waste, the inspectorate's review. Answer keys were written from the
// text, by writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 0.981: 0.995 on the plain half and 0.970 on the other.
// Read now: one who adds to what was said ('X bổ sung, …'); those disciplined ('…, bị xử lý kỷ
// luật') or whose responsibility is looked into; 'Kế toán trưởng', 'Văn phòng Đăng ký đất đai',
// 'Phòng Nghiệp vụ 3'; 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-120", join(import.meta.dirname, "../fixtures/heldout-120"), { documents: 10, overall: 0.99, perKind: 0.98 });

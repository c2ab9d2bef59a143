// The extractor on tests/fixtures/heldout-193: 10 documents. Five plain everyday reports with the
// Party's central organs working with provinces, and five on cultural heritage: a review of a
// provincial heritage resolution, a relic centre's working session, three localities on a world
// heritage site, the national heritage council on a UNESCO dossier, a provincial heritage resolution
// disseminated. Answer keys were written from the text, by writers who neither ran nor read the
// extractor, and committed before it was run on them. Untouched, it scored overall F1 0.962: 1.000 on
// the plain half and 0.926 on the other. Read now: heritage bodies ('Hội đồng Di sản văn hóa quốc
// gia', '… Quần thể danh thắng Tràng An', 'Trung tâm Bảo tồn Di tích Cố đô Huế', 'Viện Khảo cổ học').
// Left: a relic board's long name with a hyphen and another with 'và rừng quốc gia'; a club's head
// ('Chủ nhiệm Câu lạc bộ chèo làng Khuốc'); 0.989.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-193", join(import.meta.dirname, "../fixtures/heldout-193"), { documents: 10, overall: 0.98, perKind: 0.95 });

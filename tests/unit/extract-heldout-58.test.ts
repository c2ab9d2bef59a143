// The extractor on tests/fixtures/heldout-58: 10 documents. Five plain everyday reports written
// without planted difficulties from the merged Central Highlands and South Central Coast provinces in
// 2025–2026 (a provincial Party committee's conference, a commune's monthly meeting, a People's
// Council's thematic session, the Fatherland Front's five-year review, a chairman's working session),
// and five reviews, 10 and 20 years on, of directives and resolutions issued 2004–2015, cited in full
// with their issuing days and by short forms afterwards, some beside a newer document of the same
// number. Answer keys were written from the text, by writers who neither ran nor read the extractor,
// and committed before it was run on them. Untouched, it scored overall F1 0.978: the plain five
// 1.000, the reviews 0.959 (a ministry's "Ban Cán sự đảng" written with a capital, which broke the
// chain of offices and lost a co-chair; "Ủy ban Nhà nước về người Việt Nam ở nước ngoài" cut at "về";
// "Nghị quyết 36 và 10 năm thực hiện" read as a resolution 10). Now 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-58", join(import.meta.dirname, "../fixtures/heldout-58"), { documents: 10, overall: 0.97, perKind: 0.8 });

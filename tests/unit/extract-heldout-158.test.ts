// The extractor on tests/fixtures/heldout-158: 10 documents. Five plain everyday reports from the
// Mekong Delta and the South in Southern usage ('ông', 'bà', 'cho hay', 'TP', Khmer names), and five
// on minerals and sand: expressways' sand, a review of a directive on river sand, quarries inspected,
// a review of Resolution 10-NQ/TW, mine auctions. Answer keys were written from the text, by writers
// who neither ran nor read the extractor, and committed before it was run on them. Untouched, it
// scored overall F1 0.957: 0.980 on the plain half and 0.938 on the other.
// Read now: the police's environmental crime unit; a company's name ends at what it did ('… trúng đấu
// giá', '… vắng mặt'). Left: offenders named bare ('do Nguyễn Văn Mến cầm đầu'); a department's city
// after its name, which these keys drop; the directive an inspection's working session carries out
// and the standing board's draft of a review; 0.978.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-158", join(import.meta.dirname, "../fixtures/heldout-158"), { documents: 10, overall: 0.97, perKind: 0.85 });

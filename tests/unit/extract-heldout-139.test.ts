// The extractor on tests/fixtures/heldout-139: 10 documents. Five plain everyday reports copied as
// published online, with photo captions, credits and bylines left in the text, and five on
// smuggling, trade fraud and counterfeit goods: the steering committees 389 of a province and of the
// nation, a coordination regulation signed by five forces, a peak campaign reviewed, a provincial
// directive disseminated. Answer keys were written from the text, by writers who neither ran nor
// read the extractor, and committed before it was run on them. Untouched, it scored overall F1
// 0.989: 1.000 on the plain half and 0.982 on the other.
// Read now: what a regulation the meeting signs is built to carry out ('Quy chế được xây dựng nhằm
// triển khai thực hiện Chỉ thị …'); a department for the domestic market ('… thị trường trong
// nước'); 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-139", join(import.meta.dirname, "../fixtures/heldout-139"), { documents: 10, overall: 0.99, perKind: 0.97 });

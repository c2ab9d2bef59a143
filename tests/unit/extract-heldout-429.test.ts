// The extractor on tests/fixtures/heldout-429: 10 documents. Five plain everyday reports in the
// Elderly paper's house style ('NCT', 'ông/bà' and 'cụ' with their age, 'T.Ư Hội', 'TUV'), and five
// on longevity celebrations and honouring the elderly: a ward's longevity ceremony, an elderly
// association's conference, health insurance cards, an intergenerational club, a directive on the
// elderly's role reviewed. Answer keys were written from the text, by writers who neither ran nor
// read the extractor, and committed before it was run on them. Untouched, it scored overall F1
// 0.960: 0.972 on the plain half and 0.947 on the other. Now 0.960.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-429", join(import.meta.dirname, "../fixtures/heldout-429"), { documents: 10, overall: 0.95, perKind: 0.85 });

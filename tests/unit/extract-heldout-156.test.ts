// The extractor on tests/fixtures/heldout-156: 10 documents. Five plain everyday reports whose
// chairs and attendees hold long chains of offices, and five on the elderly: a review of Directive
// 59-CT/TW, a ward association's congress, the month of action, model families, the national
// association's committee. Answer keys were written from the text, by writers who neither ran nor
// read the extractor, and committed before it was run on them. Untouched, it scored overall F1
// 0.990: 0.997 on the plain half and 0.981 on the other. Left: elders held up as examples ('nêu
// gương cụ ông X'); a grandson told about; one placed by 'bồi hồi:' alone; 0.992.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-156", join(import.meta.dirname, "../fixtures/heldout-156"), { documents: 10, overall: 0.985, perKind: 0.95 });

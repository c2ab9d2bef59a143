// The extractor on tests/fixtures/heldout-369: 10 documents. Five plain everyday reports in the
// People's Police paper's house style (ranks before names, later mentions by rank and given name,
// offices after a dash, bylines), and five on courts, procuracies and judicial reform: a provincial
// court's year-end review, a procuracy's review of a directive, a judicial reform session, court
// mediation, a ward's legal aid conference. Answer keys were written from the text, by writers who
// neither ran nor read the extractor, and committed before it was run on them. Untouched, it scored
// overall F1 0.969: 0.968 on the plain half and 0.971 on the other. Read now: an inspection of
// 'việc lãnh đạo, chỉ đạo thực hiện' a directive dates its session and carries it out; the justice
// sector's posts (Hòa giải viên tại Tòa án, Trợ giúp viên pháp lý). Left: a colonel's guidance ('đã
// hướng dẫn') at an earlier session; a department's name with commas ('án tham nhũng, kinh tế, chức
// vụ'); a city department keyed without its level word. Now 0.990.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-369", join(import.meta.dirname, "../fixtures/heldout-369"), { documents: 10, overall: 0.98, perKind: 0.96 });

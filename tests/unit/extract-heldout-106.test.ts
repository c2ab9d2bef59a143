// The extractor on tests/fixtures/heldout-106: 10 documents. Five plain everyday reports written
// without planted difficulties, and five on culture, festivals and commemorative events: a
// festival's opening with the drum struck, a special relic certificate received, an ethnic cultural
// festival, a city resolution on heritage launched with artists, a sports congress. Answer keys
// were written from the text, by writers who neither ran nor read the extractor, and committed
// before it was run on them. Untouched, it scored overall F1 1.000 on the plain half and 0.929 on
// the other.
// Left: an athlete named after "vận động viên điền kinh"; whether a commune's level word stays
// after "Xã đội trưởng".
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-106", join(import.meta.dirname, "../fixtures/heldout-106"), { documents: 10, overall: 0.99, perKind: 0.98 });

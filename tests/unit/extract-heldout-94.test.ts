// The extractor on tests/fixtures/heldout-94: 10 documents. Five plain everyday reports written
// without planted difficulties, and five emergencies: urgent meetings on storms, landslides, a forest
// fire and an epidemic, leaders in the field the same day, a Deputy Prime Minister working with the
// province, the directives behind the work. Answer keys were written from the text, by writers who
// neither ran nor read the extractor, and committed before it was run on them. Untouched, it scored
// overall F1 1.000 on the plain half and 0.865 on the other.
// Left: a Deputy Prime Minister's working session and the emergency meeting the day before, told
// out of order; people met in the field placed at the meeting of that day.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-94", join(import.meta.dirname, "../fixtures/heldout-94"), { documents: 10, overall: 0.94, perKind: 0.8 });

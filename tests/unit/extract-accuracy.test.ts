// The extractor on the shipped annotated documents: overall F1 ≥ 0.95 and every kind ≥ 0.90.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("seeds/", join(import.meta.dirname, "../../seeds"), { documents: 15, overall: 0.95, perKind: 0.9 });

// The extractor on tests/fixtures/heldout-56: 10 documents, all plain everyday reports written without
// planted difficulties: five from the merged northern mountain provinces in 2025–2026 (a Standing
// Board's conference, a commune's dissemination, a council session, the Front's review, a secretary's
// working session), and five reviews of Directive 39-CT/TW at province, city, commune, People's
// Committee and Central level: the headline question on the common case. Answer keys were written from
// the text, by writers who neither ran nor read the extractor, and committed before it was run on them.
// Untouched, it scored overall F1 0.997: the northern five 1.000, the reviews of 39-CT/TW 0.994 (a
// share after a bare number, "Chỉ thị 39, 100% tỉnh ủy", read as a directive 100). Now 1.000.
import { join } from "node:path";
import { describeAccuracyFloors } from "../fixtures/accuracy-floors.ts";

describeAccuracyFloors("tests/fixtures/heldout-56", join(import.meta.dirname, "../fixtures/heldout-56"), { documents: 10, overall: 0.97, perKind: 0.8 });

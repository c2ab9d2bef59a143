/** How the API reads its arguments: official numbers however typed, search text as a safe Lucene query. */
import { describe, expect, it } from "vitest";
import { policyKey } from "../../src/api/resolvers/policies.ts";
import { PartialDate } from "../../src/api/resolvers/scalars.ts";
import { isPartialDate } from "../../src/text/calendar.ts";
import { escapeLucene, luceneQuery } from "../../src/graph/read/search.ts";

describe("policyKey", () => {
  it("normalizes case, spaces, dashes and TƯ / T.Ư", () => {
    for (const typed of ["39-CT/TW", "39-ct/tw", " 39 - CT / TW ", "39-CT/TƯ", "39-ct/tư", "39-CT/T.Ư", "39–CT/TW", "39-CT/TU\u031b".normalize("NFD")]) {
      expect(policyKey(typed), typed).toBe("39-CT/TW");
    }
    expect(policyKey("06-nq/tu")).toBe("06-NQ/TU");
    expect(policyKey("nq-tw4-xii")).toBe("NQ-TW4-XII");
  });
});

describe("PartialDate", () => {
  it("is a year, a month, a day or a day without year", () => {
    for (const s of ["2024", "2024-05", "2024-05-23", "--05-23", "2024-02-29", "2000-02-29", "--02-29", "2024-12-31"]) expect(isPartialDate(s), s).toBe(true);
    for (const s of ["24", "2024-5", "2024-13", "2024-13-45", "2024-05-32", "05-23", "--5-23"]) expect(isPartialDate(s), s).toBe(false);
  });

  it("is a day of the calendar, with a message that says why not", () => {
    for (const s of ["2024-02-30", "2024-02-31", "2023-02-29", "1900-02-29", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31", "--02-30", "--04-31"]) expect(isPartialDate(s), s).toBe(false);
    expect(() => PartialDate.parseValue("2024-02-31")).toThrow('"2024-02-31" is not a day of the calendar: 2024-02 has 29 days');
    expect(() => PartialDate.parseValue("2023-02-29")).toThrow('"2023-02-29" is not a day of the calendar: 2023-02 has 28 days');
    expect(() => PartialDate.parseValue("--04-31")).toThrow('"--04-31" is not a day of the calendar: month 04 has 30 days');
    expect(() => PartialDate.parseValue("2024-13-45")).toThrow('a PartialDate is YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, got "2024-13-45"');
  });
});

describe("luceneQuery", () => {
  it("folds the text and ranks phrase over all words over any word", () => {
    expect(luceneQuery("Nguyễn Đức Thanh")).toBe(`"nguyen duc thanh"^4 OR (+nguyen +duc +thanh)^2 OR (nguyen duc thanh)`);
    expect(luceneQuery("THANH")).toBe("thanh^2 OR thanh*");
  });

  it("leaves no Lucene syntax from the input", () => {
    expect(luceneQuery(`*:* OR name:"x"~10 AND (a:b) [1 TO 9] {x} ^4 \\ /`)).toBe(`"or name x 10 and a b 1 to 9 x 4"^4 OR (+or +name +x +10 +and +a +b +1 +to +9 +x +4)^2 OR (or name x 10 and a b 1 to 9 x 4)`);
    expect(luceneQuery("?!*")).toBeNull();
    expect(escapeLucene(`a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t`)).toBe(`a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t`);
  });
});

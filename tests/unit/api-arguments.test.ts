/** How the API reads its arguments: official numbers however typed, search text as a safe Lucene query. */
import { describe, expect, it } from "vitest";
import { policyKey } from "../../src/api/resolvers/policies.ts";
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

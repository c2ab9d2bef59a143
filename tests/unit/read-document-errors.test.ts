// Reading documents: what is an error (empty, binary, invalid UTF-8, bad meta) and what is merely
// without facts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import { decodeDocument, DocumentInputError, readDocumentFile } from "../../src/text/read-document.ts";

const dir = mkdtempSync(join(tmpdir(), "kg-read-"));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readDocumentFile", () => {
  it("rejects an empty file, or one of blanks only, naming it: ingested, it would replace an earlier version's facts with none", async () => {
    for (const [name, content] of [["empty.txt", ""], ["blank.txt", " \n\t\n  \n"]] as const) {
      const path = file(name, content);
      await expect(readDocumentFile(path)).rejects.toThrow(`${path}: empty file (no text): nothing to read`);
    }
  });

  it("rejects invalid UTF-8 naming the file", async () => {
    const path = file("latin1.txt", Uint8Array.from([0x48, 0xf4, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xe9]));
    await expect(readDocumentFile(path)).rejects.toThrow(DocumentInputError);
    await expect(readDocumentFile(path)).rejects.toThrow(`${path}: not valid UTF-8 text`);
  });

  it("rejects a binary file (NUL bytes)", async () => {
    const path = file("image.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const error = await readDocumentFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentInputError);
    expect((error as DocumentInputError).file).toBe(path);
    expect((error as DocumentInputError).reason).toMatch(/binary/);
  });

  it("rejects a meta file that is not JSON, naming the meta file", async () => {
    const path = file("badjson.txt", "Hội nghị");
    file("badjson.meta.json", "{ publishedAt: 2024 ");
    const error = await readDocumentFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentInputError);
    expect((error as DocumentInputError).file).toBe(join(dir, "badjson.meta.json"));
    expect((error as Error).message).toMatch(/badjson\.meta\.json: invalid JSON/);
  });

  it("rejects a meta file with a malformed field", async () => {
    const path = file("baddate.txt", "Hội nghị");
    file("baddate.meta.json", JSON.stringify({ publishedAt: "5/12/2024", province: 3 }));
    await expect(readDocumentFile(path)).rejects.toThrow(/baddate\.meta\.json: invalid meta: .*publishedAt.*province/);
  });

  it("rejects a publication day that is not on the calendar", async () => {
    for (const day of ["2024-13-45", "2024-02-31", "2023-02-29"]) {
      const path = file(`day-${day}.txt`, "Hội nghị");
      file(`day-${day}.meta.json`, JSON.stringify({ publishedAt: day }));
      await expect(readDocumentFile(path)).rejects.toThrow(/invalid meta: publishedAt: not a day of the calendar/);
    }
    const leap = file("leap.txt", "Hội nghị");
    file("leap.meta.json", JSON.stringify({ publishedAt: "2024-02-29" }));
    expect((await readDocumentFile(leap)).meta).toEqual({ publishedAt: "2024-02-29" });
  });

  it("rejects a misspelled key, saying which was meant, and drops other extra keys", async () => {
    const path = file("typo.txt", "Hội nghị");
    file("typo.meta.json", JSON.stringify({ provnce: "Ninh Thuận", published_at: "2024-05-01" }));
    await expect(readDocumentFile(path)).rejects.toThrow(/provnce: unknown key, did you mean "province"\?; published_at: unknown key, did you mean "publishedAt"\?/);
    const extra = file("extra.txt", "Hội nghị");
    file("extra.meta.json", JSON.stringify({ source: "s", site: "example.vn", author: "PV" }));
    expect((await readDocumentFile(extra)).meta).toEqual({ source: "s" });
  });

  it("reads the meta file beside the text", async () => {
    const path = file("ok.txt", "Tiêu đề\n\nNội dung.");
    file("ok.meta.json", JSON.stringify({ source: "https://example.org/a", publishedAt: "2024-12-05", province: "Ninh Thuận", extra: 1 }));
    const doc = await readDocumentFile(path);
    expect(doc.meta).toEqual({ source: "https://example.org/a", publishedAt: "2024-12-05", province: "Ninh Thuận" });
  });

  it("reports a missing file as an input error", async () => {
    await expect(readDocumentFile(join(dir, "nope.txt"))).rejects.toThrow(`${join(dir, "nope.txt")}: no such file`);
  });

  it("gives an empty extraction, not an error, for text with no recognizable entity", async () => {
    const doc = await readDocumentFile(file("plain.txt", "Thời tiết hôm nay\n\nTrời nắng, gió nhẹ. Nhiệt độ cao nhất 32 độ C."));
    const e = extract(doc.text, doc.meta);
    expect([e.persons, e.directives, e.resolutions, e.meetings]).toEqual([[], [], [], []]);
    expect(e.document.title).toBe("Thời tiết hôm nay");
  });
});

describe("decodeDocument", () => {
  it("decodes UTF-8 and drops nothing", () => {
    expect(decodeDocument(new TextEncoder().encode("Tỉnh ủy"), "x.txt")).toBe("Tỉnh ủy");
  });
  it("names the file in its error message", () => {
    expect(() => decodeDocument(Uint8Array.from([0xff]), "in/x.txt")).toThrow("in/x.txt: not valid UTF-8 text");
  });
});

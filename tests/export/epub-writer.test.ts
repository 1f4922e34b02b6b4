import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { frenchDate } from "../../lib/export/epub/chapter";
import { NamedEntries } from "../../lib/export/epub/named-entries";
import { bookIdentifier } from "../../lib/export/epub/package";
import { writeEpub } from "../../lib/export/epub/write-epub";
import type { ExportDocument, ExportRow } from "../../lib/export/types";
import { GlossaryMatcher, type GlossaryTerm } from "../../lib/glossary/matcher";
import { loadXhtml, shownRows, unzipBook } from "./epub-helpers";

const ROWS = 20_000;
const context = { sourceLang: "fr-FR", targetLang: "en-GB", warn: () => {}, layout: "inline" as const, glossary: [] };

/** A document of `count` 1-1 rows made on the fly; `read` counts the rows handed out. */
function syntheticDocument(count: number, read: { rows: number }): ExportDocument {
  const date = new Date("2026-03-01T10:00:00Z");
  async function* rows(): AsyncGenerator<ExportRow> {
    for (let i = 0; i < count; i++) {
      read.rows++;
      yield {
        index: i,
        linkId: i + 1,
        method: "auto",
        locked: false,
        score: 0.9,
        createdAt: date,
        changedAt: date,
        fr: [{ id: i, position: i, kind: "body", text: `Paragraphe ${i} : le dirigeant a promis un « soutien » à ses alliés.` }],
        en: [{ id: i, position: i, kind: "body", text: `Paragraph ${i}: the leader pledged "support" to his allies.`, origin: "imported", status: "draft" }],
      };
    }
  }
  return { slug: "synthetic", titleFr: "Synthétique", titleEn: null, source: null, dateline: null, publishedOn: null, createdAt: date, updatedAt: date, rows: rows() };
}

async function* one(doc: ExportDocument) {
  yield doc;
}

describe("writeEpub", () => {
  it("gives its bytes while the rows are read, in pieces, never the whole book at once", async () => {
    const read = { rows: 0 };
    const readAtChunk: number[] = [];
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeEpub(one(syntheticDocument(ROWS, read)), context)) {
      readAtChunk.push(read.rows);
      chunks.push(chunk);
    }
    expect(read.rows).toBe(ROWS);
    // Output came out at many points of the reading, not only at its end.
    const during = new Set(readAtChunk.filter((n) => n > 0 && n < ROWS));
    expect(during.size).toBeGreaterThan(10);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(total / 4);
    const files = unzipBook(Buffer.concat(chunks));
    const parts = [...files.keys()].filter((f) => f.startsWith("EPUB/text/"));
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.reduce((n, f) => n + files.get(f)!.split('<div class="pair"').length - 1, 0)).toBe(ROWS);
    expect(shownRows(loadXhtml(files.get(parts.at(-1)!)!)).at(-1)!.fr[0]).toMatch(`Paragraphe ${ROWS - 1} :`);
  });

  it("writes a ZIP that Python's zipfile reads: every CRC right, mimetype first and stored", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeEpub(one(syntheticDocument(3000, { rows: 0 })), context)) chunks.push(chunk);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-epub-")), "book.epub");
    fs.writeFileSync(file, Buffer.concat(chunks));
    const script = `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({"bad": z.testzip(), "entries": [[i.filename, i.compress_type, len(i.extra)] for i in z.infolist()]}))
`;
    const result = spawnSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(result.stderr).toBe("");
    const { bad, entries } = JSON.parse(result.stdout);
    expect(bad).toBeNull();
    expect(entries[0]).toEqual(["mimetype", 0, 0]);
    expect(entries.map((e: [string]) => e[0])).toEqual(expect.arrayContaining(["META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/text/d1.xhtml"]));
  });
});

describe("NamedEntries", () => {
  const terms: GlossaryTerm[] = [
    { id: 1, kind: "place", fr: "Corée du Nord", en: "North Korea", variants: { fr: [], en: [] } },
    { id: 2, kind: "place", fr: "Corée", en: "Korea", variants: { fr: [], en: [] } },
    { id: 3, kind: "organization", fr: "ONU", en: "UN", variants: { fr: ["Nations unies"], en: ["United Nations"] } },
    { id: 4, kind: "person", fr: "Kim Jong Un", en: "Kim Jong Un", variants: { fr: ["Kim Jong-Un"], en: [] } },
    { id: 5, kind: "organization", fr: "Otan", en: "NATO", variants: { fr: [], en: [] } },
    { id: 6, kind: "place", fr: "États-Unis", en: "US", variants: { fr: [], en: ["United States"] } },
    { id: 7, kind: "person", fr: "Sergueï Choïgou", en: "Sergei Shoigu", variants: { fr: ["Choïgou"], en: ["Shoigu"] } },
  ];
  const texts: [("fr" | "en"), string][] = [
    ["en", "Kim Jong Un met us at the border."], // "Un" is not UN, "us" is not US
    ["fr", "La Corée du Nord et l'Otan."], // Corée du Nord, not Corée
    ["fr", "Le dirigeant KIM JONG-UN a parlé aux Nations unies."],
    ["fr", "M. Choigou est arrivé."], // diacritics do not matter
    ["en", "The US and the UN."],
    ["fr", "La Corée, encore la Corée du Nord."],
    ["en", "Nothing here."],
  ];

  it.each([[1], [2], [3], [4], [5], [6], [7]])("finds exactly what the matcher finds, in the first %i paragraphs", (n) => {
    const named = new NamedEntries(terms);
    const expected = new Set<number>();
    const matchers = { fr: new GlossaryMatcher(terms, "fr"), en: new GlossaryMatcher(terms, "en") };
    for (const [lang, text] of texts.slice(0, n)) {
      named.scan(lang, text);
      for (const m of matchers[lang].find(text)) expected.add(m.entryId);
    }
    expect(named.entries().map((e) => e.id)).toEqual([...expected].sort((a, b) => a - b));
  });

  it("passes over names already found without asking the matcher again", () => {
    const named = new NamedEntries(terms);
    named.scan("fr", "La Corée du Nord.");
    const find = jest.spyOn(GlossaryMatcher.prototype, "find");
    for (let i = 0; i < 100; i++) named.scan("fr", `Encore la Corée du Nord, ${i} fois.`);
    expect(find).not.toHaveBeenCalled();
    named.scan("fr", "Puis la Corée seule.");
    expect(find).toHaveBeenCalledTimes(1);
    find.mockRestore();
    expect(named.entries().map((e) => e.id)).toEqual([1, 2]);
  });
});

describe("metadata", () => {
  it("writes partial publication dates in French, as precisely as known", () => {
    expect(frenchDate("2025-06-04")).toBe("4 juin 2025");
    expect(frenchDate("2025-06")).toBe("juin 2025");
    expect(frenchDate("2025")).toBe("2025");
    expect(frenchDate("hier")).toBe("hier");
    expect(frenchDate("2025-13")).toBe("2025-13");
  });

  it("identifies a book by its documents and layout", () => {
    expect(bookIdentifier(["a"], "inline")).toBe(bookIdentifier(["a"], "inline"));
    expect(bookIdentifier(["a"], "inline")).not.toBe(bookIdentifier(["a"], "notes"));
    expect(bookIdentifier(["a", "b"], "inline")).not.toBe(bookIdentifier(["a"], "inline"));
  });
});

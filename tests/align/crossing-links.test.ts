// Two paragraphs the English gives in the opposite order are linked crosswise: French 2
// with English 3, then French 3 with English 2. The whole chain holds them: the stored
// links, the reader's rows (whole, streamed and windowed), the reader page, the exports
// (in French order, each French paragraph with its own English), edits, and aligning again
// with the crossing pair locked.
import { alignDocument } from "../../lib/align/align-document";
import { loadAlignedRows, linkRowsAt, streamAlignedRows } from "../../lib/documents/aligned-rows";
import { editAlignment } from "../../lib/editing/edit-alignment";
import { exportChunks, exportParallel } from "../../lib/export/export";
import { importContent } from "../../lib/import/import-file";
import { loadReaderPageBySlug } from "../../lib/reader/load-reader";
import { loadRowOutline } from "../../lib/reader/row-outline";
import { partsText, type TextPart } from "../../lib/reader/segments";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(60_000);

const FRENCH = [
  "Sommet européen à Bruxelles",
  "Les dirigeants des 27 pays de l'Union européenne se sont retrouvés jeudi 14 mars à Bruxelles pour un sommet de deux jours consacré au budget pluriannuel 2028-2034.",
  "Le chancelier allemand Olaf Scholz a plaidé pour une hausse des dépenses militaires à 2,5 % du PIB d'ici 2030, citant la menace russe et l'aide à l'Ukraine.",
  "Le président français Emmanuel Macron a défendu un emprunt commun de 500 milliards d'euros, sur le modèle du plan de relance adopté en juillet 2020 pendant la pandémie.",
  "La présidente de la Commission, Ursula von der Leyen, doit présenter vendredi 15 mars un compromis, selon trois diplomates interrogés par l'AFP.",
  "Les discussions doivent reprendre vendredi matin à 9 heures.",
];
// The English gives Macron before Scholz.
const ENGLISH = [
  "European summit in Brussels",
  "The leaders of the 27 European Union countries met in Brussels on Thursday, March 14, for a two-day summit on the 2028-2034 multi-year budget.",
  "French President Emmanuel Macron defended joint borrowing of 500 billion euros, modelled on the recovery plan adopted in July 2020 during the pandemic.",
  "German Chancellor Olaf Scholz argued for raising military spending to 2.5% of GDP by 2030, citing the Russian threat and aid to Ukraine.",
  "Commission President Ursula von der Leyen is due to present a compromise on Friday, March 15, according to three diplomats interviewed by AFP.",
  "Talks are due to resume at 9am on Friday.",
];
const SLUG = "sommet-bruxelles";
/** French paragraph k's English, as the links must pair them. */
const PAIRED = [0, 1, 3, 2, 4, 5].map((j) => ENGLISH[j]);

let temp: TempDb;
let documentId: number;

beforeEach(async () => {
  temp = await createTempDb();
  await importContent(temp.db, { name: "sommet.txt", text: FRENCH.join("\n\n") }, { slug: SLUG, en: { name: "sommet.en.txt", text: ENGLISH.join("\n\n") } });
  documentId = (await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } })).id;
  await alignDocument(temp.db, SLUG);
});
afterEach(async () => {
  await temp.close();
});

const texts = (rows: { fr: { text: string }[]; en: { text: string }[] }[]) => rows.map((r) => [r.fr.map((p) => p.text), r.en.map((p) => p.text)]);
const expected = FRENCH.map((fr, k) => [[fr], [PAIRED[k]]]);

describe("a swapped pair of paragraphs, stored as crossing links", () => {
  it("is stored as two 1-1 links in French order, whose English positions cross", async () => {
    const links = await temp.db.alignmentLink.findMany({
      where: { documentId },
      orderBy: { position: "asc" },
      select: { score: true, sourceParagraphs: { select: { position: true } }, targetParagraphs: { select: { position: true } } },
    });
    expect(links.map((l) => [l.sourceParagraphs.map((p) => p.position), l.targetParagraphs.map((p) => p.position)])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [3]],
      [[3], [2]],
      [[4], [4]],
      [[5], [5]],
    ]);
  });

  it("gives the reader's rows in French order, each French paragraph beside its own English", async () => {
    expect(texts(await loadAlignedRows(temp.db, documentId))).toEqual(expected);
    const streamed = [];
    for await (const row of streamAlignedRows(temp.db, documentId, 2)) streamed.push(row);
    expect(texts(streamed)).toEqual(expected);
    // A window that starts between the two crossing links.
    expect(texts(await linkRowsAt(temp.db, documentId, 3, 2))).toEqual(expected.slice(3, 5));
    const outline = await loadRowOutline(temp.db, documentId);
    expect({ totalRows: outline.totalRows, loose: outline.loose }).toEqual({ totalRows: 6, loose: [] });
    const page = await loadReaderPageBySlug(temp.db, SLUG);
    const rowText = (ps: { parts: TextPart[] }[]) => ps.map((p) => partsText(p.parts));
    expect(page!.window.rows.map((r) => [r.row, rowText(r.fr), rowText(r.en)])).toEqual(expected.map(([fr, en], k) => [k + 1, fr, en]));
  });

  it("is exported in French order, each French paragraph with its own English", async () => {
    const read = async (chunks: AsyncIterable<string>) => {
      let out = "";
      for await (const chunk of chunks) out += chunk;
      return out;
    };
    const tsv = await read(await exportChunks(temp.db, { slug: SLUG, format: "tsv" }));
    const lines = tsv.trim().split("\n").slice(1);
    expect(lines.map((l) => l.split("\t").filter((cell) => FRENCH.includes(cell) || ENGLISH.includes(cell)))).toEqual(expected.map(([[fr], [en]]) => [fr, en]));
    const parallel = [];
    for await (const line of await exportParallel(temp.db, { slug: SLUG })) parallel.push([line.fr.trim(), line.en.trim()]);
    expect(parallel).toEqual(expected.map(([[fr], [en]]) => [fr, en]));
    const tmx = await read(await exportChunks(temp.db, { slug: SLUG, format: "tmx" }));
    const units = [...tmx.matchAll(/<tu\b[\s\S]*?<\/tu>/g)].map((m) => [...m[0].matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((s) => s[1]));
    expect(units.map(([fr, en]) => [fr.replace(/&apos;/g, "'"), en])).toEqual(expected.map(([[fr], [en]]) => [fr, en]));
  });

  it("can be confirmed by a person, and aligning again keeps both links as they are", async () => {
    const rows = await loadAlignedRows(temp.db, documentId);
    for (const k of [2, 3]) await editAlignment(temp.db, documentId, { op: "confirm", row: { side: "fr", paragraphId: rows[k].fr[0].id } });
    const summary = await alignDocument(temp.db, SLUG);
    expect(summary.locked).toBe(2);
    const after = await loadAlignedRows(temp.db, documentId);
    expect(texts(after)).toEqual(expected);
    expect(after.slice(2, 4).map((r) => r.locked)).toEqual([true, true]);
  });

  it("merged by a person, becomes one 2-2 row in reading order", async () => {
    const rows = await loadAlignedRows(temp.db, documentId);
    await editAlignment(temp.db, documentId, { op: "merge", row: { side: "fr", paragraphId: rows[2].fr[0].id } });
    const after = await loadAlignedRows(temp.db, documentId);
    expect(texts(after)[2]).toEqual([FRENCH.slice(2, 4), ENGLISH.slice(2, 4)]);
    expect(after).toHaveLength(5);
  });
});

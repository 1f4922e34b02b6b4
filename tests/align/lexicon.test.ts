import fs from "node:fs";
import path from "node:path";
import { alignParagraphs } from "../../lib/align/align";
import { alignAll, alignDocument } from "../../lib/align/align-document";
import { DEFAULT_PARAMS, type CostParams } from "../../lib/align/cost-model";
import { learnLexicon, toLexicon } from "../../lib/align/lexicon/learn";
import { loadLexicon, refreshLexicon } from "../../lib/align/lexicon/store";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { importFile } from "../../lib/import/import-file";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

// Sentences a library might hold, aligned: "tempête" goes with "storm", "marchés" with
// "markets", "fermé" with "closed", "mardi" with "Tuesday", "tôt" with "early", each
// seen in several pairs among unrelated words.
const PAIRS = [
  ["La tempête a fermé les marchés mardi.", "The storm closed the markets on Tuesday."],
  ["Les marchés ont fermé tôt à cause de la tempête.", "Markets closed early because of the storm."],
  ["Une tempête violente a frappé la côte mardi.", "A violent storm hit the coast on Tuesday."],
  ["Les marchés financiers ont reculé lundi.", "Financial markets fell on Monday."],
  ["Le musée a fermé ses portes.", "The museum closed its doors."],
  ["La tempête a privé la région d'électricité.", "The storm left the region without power."],
  ["Les bureaux ouvrent tôt le matin.", "Offices open early in the morning."],
  ["Le vote aura lieu mardi, plus tôt que prévu.", "The vote will take place on Tuesday, earlier than planned."],
].map(([fr, en]) => ({ fr, en, weight: 1 }));

describe("learnLexicon", () => {
  const entries = learnLexicon(PAIRS);
  const translations = toLexicon(entries);

  it("pairs French stems with the English stems they occur with", () => {
    expect(translations.get("tempe")?.[0]).toBe("storm");
    expect(translations.get("march")?.[0]).toBe("marke");
    expect(translations.get("ferme")?.[0]).toBe("close");
    expect(translations.get("mardi")?.[0]).toBe("tuesd");
  });

  it("learns nothing from a pair seen once, nor from function words", () => {
    expect(translations.has("musee")).toBe(false); // one pair only
    expect(translations.has("les")).toBe(false);
    for (const e of entries) expect(e.pairs).toBeGreaterThanOrEqual(2);
  });

  it("learns nothing from no pairs (a new library)", () => expect(learnLexicon([])).toEqual([]));
});

describe("the aligner with a lexicon", () => {
  // Length alone pairs the short English line with the short French one (no names or
  // numbers to go by); the lexicon says the long French paragraph is its source.
  const fr = [{ text: "Titre" }, { text: "Les marchés financiers ont fermé plus tôt que prévu mardi à cause de la tempête." }, { text: "Il a plu toute la journée." }];
  const en = [{ text: "Title" }, { text: "Storm closes markets early Tuesday." }];
  const pairs = (links: { fr: number[]; en: number[] }[]) => links.map((l) => [l.fr, l.en]);

  it("without it, length decides", () => expect(pairs(alignParagraphs({ fr, en }))).toEqual([[[0], [0]], [[1], []], [[2], [1]]]));
  it("with it, the translated words decide", () => {
    const lexicon = toLexicon(learnLexicon(PAIRS));
    expect(pairs(alignParagraphs({ fr, en, lexicon }))).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
  });

  it("scores its links on the scales calibrated with lexicon evidence, which widens every margin", () => {
    const lexicon = toLexicon(learnLexicon(PAIRS));
    const scored = (p: CostParams) => alignParagraphs({ fr, en, lexicon }, p).map((l) => l.score);
    const wider = { ...DEFAULT_PARAMS, lexiconConfidenceScale: { "1-1": 20, "2-1": 20, multi: 20, "one-sided": 20 } };
    const shipped = scored(DEFAULT_PARAMS);
    expect(scored(wider)[1]).toBeLessThan(shipped[1]);
    // Without shared lexicon keys, a text keeps the plain scales: with no lexicon, and with
    // one whose translations of the French words this English does not hold.
    expect(alignParagraphs({ fr, en }, wider).map((l) => l.score)).toEqual(alignParagraphs({ fr, en }).map((l) => l.score));
    const other = [{ text: "Title" }, { text: "Rain fell all day long." }];
    const plain = alignParagraphs({ fr, en: other }).map((l) => l.score);
    expect(alignParagraphs({ fr, en: other, lexicon }, wider).map((l) => l.score)).toEqual(plain);
  });
});

describe("the stored lexicon", () => {
  let temp: TempDb;
  beforeEach(async () => {
    temp = await createTempDb();
  });
  afterEach(() => temp.close());

  it("is empty in a new library, and aligning works without it", async () => {
    expect((await loadLexicon(temp.db)).size).toBe(0);
    expect(await refreshLexicon(temp.db)).toEqual({ rebuilt: true, pairs: 0, entries: 0 });
    await loadSampleCorpus(temp.db);
    const summaries = await alignAll(temp.db);
    expect(summaries.map((s) => s.links)).toEqual([32, 9]);
  });

  it("is learned from the library's aligned pairs, and relearned only when links change", async () => {
    await loadSampleCorpus(temp.db);
    await alignAll(temp.db);
    const first = await refreshLexicon(temp.db);
    expect(first.rebuilt).toBe(true);
    expect(first.pairs).toBeGreaterThan(0);
    expect(first.entries).toBeGreaterThan(0);
    const lexicon = await loadLexicon(temp.db);
    expect([...lexicon.values()].flat()).toContain("korea");
    expect(await refreshLexicon(temp.db)).toEqual({ rebuilt: false, pairs: 0, entries: first.entries });

    // A person locks a link: a confirmed pair, so the lexicon is out of date.
    const link = await temp.db.alignmentLink.findFirstOrThrow({ where: { locked: false, score: { lt: 0.9 }, sourceParagraphs: { some: {} }, targetParagraphs: { some: {} } } });
    await temp.db.alignmentLink.update({ where: { id: link.id }, data: { locked: true } });
    const second = await refreshLexicon(temp.db);
    expect(second.rebuilt).toBe(true);
    expect(second.pairs).toBe(first.pairs + 1);
  });

  it("is what alignDocument uses by default", async () => {
    await temp.db.lexiconEntry.createMany({ data: learnLexicon(PAIRS) });
    const fr = path.join(temp.dir, "tempete.txt");
    const en = path.join(temp.dir, "tempete.en.txt");
    fs.writeFileSync(fr, "Titre\n\nLes marchés financiers ont fermé plus tôt que prévu mardi à cause de la tempête.\n\nIl a plu toute la journée.\n");
    fs.writeFileSync(en, "Title\n\nStorm closes markets early Tuesday.\n");
    await importFile(temp.db, fr, { en, slug: "tempete" });
    await alignDocument(temp.db, "tempete");
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "tempete" } });
    const links = await temp.db.alignmentLink.findMany({
      where: { documentId: doc.id },
      orderBy: { position: "asc" },
      include: { sourceParagraphs: true, targetParagraphs: true },
    });
    expect(links.map((l) => [l.sourceParagraphs.map((p) => p.position), l.targetParagraphs.map((p) => p.position)])).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
  });
});

import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { loadGlossaryView, SECTION_PAGE_SIZE } from "../../lib/glossary/glossary-view";
import { backgroundRefresh, countStaleDocuments } from "../../lib/glossary/stored-flags";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const SLUG = "kim-soutien-inconditionnel-russie";

let temp: TempDb;
beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  // One more than a page of candidates, the last one naming the sample document and one that is gone.
  for (let i = 0; i <= SECTION_PAGE_SIZE; i++) {
    const documents = i === SECTION_PAGE_SIZE ? [SLUG, "deleted-document"] : [];
    await temp.db.glossaryCandidate.create({ data: { fr: `Nom ${String(i).padStart(3, "0")}`, kind: "place", variants: [], documents, occurrences: 60 - i } });
  }
});
afterAll(() => temp.close());

const query = { q: "", page: 1, candidatePage: 1, flagPage: 1 };

describe("the glossary page's content (lib/glossary/glossary-view.ts)", () => {
  it("pages the candidates, and names the documents they occur in by their French title", async () => {
    const first = await loadGlossaryView(temp.db, query);
    expect(first.candidates).toMatchObject({ total: SECTION_PAGE_SIZE + 1, pages: 2 });
    expect(first.candidates.list).toHaveLength(SECTION_PAGE_SIZE);

    const second = await loadGlossaryView(temp.db, { ...query, candidatePage: 2 });
    expect(second.candidates.list.map((c) => c.documents)).toEqual([[SLUG, "deleted-document"]]);
    const title = (await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } })).titleFr;
    expect(second.titles).toEqual({ [SLUG]: title });
  });

  it("filters the entries, and starts checking documents whose stored flags are stale", async () => {
    await backgroundRefresh();
    // As a change to its content leaves it: its flags no longer say which glossary they were checked against.
    await temp.db.$executeRaw`UPDATE "Document" SET "flagsGlossaryVersion" = NULL WHERE "slug" = ${SLUG}`;
    expect(await countStaleDocuments(temp.db)).toBe(1);
    const view = await loadGlossaryView(temp.db, { ...query, q: "Otan" });
    expect(view.entries.entries.map((e) => e.fr)).toEqual(["Otan"]);
    expect(view.entries.total).toBeGreaterThan(1);
    await backgroundRefresh();
    expect(await countStaleDocuments(temp.db)).toBe(0);
  });
});

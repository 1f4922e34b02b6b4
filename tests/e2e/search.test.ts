import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { WINDOW_SIZE } from "../../lib/reader/windows";
import { foldWord } from "../../lib/search/words";
import { matchingRows, seedSearchLibrary } from "../search/fixtures/search-library";
import { useBrowserApp } from "./harness";
import { LibraryPage } from "./pages/LibraryPage";
import { ReaderPage } from "./pages/ReaderPage";
import { SearchPage } from "./pages/SearchPage";

/** Issue 14: "Search covers titles only: no search in the text of the articles, none inside a document." */

jest.setTimeout(60_000);

const DISPATCHES = 30;
const PAIRS = 6;
const LONG_ROWS = 1_000;
const LONG_SLUG = "long-1";
const GENEVA = "Genève Geneva";

let search: SearchPage;
let reader: ReaderPage;

const web = useBrowserApp(
  async (temp) => {
    await loadSampleCorpus(temp.db);
    await alignAll(temp.db);
    await seedSearchLibrary(temp.db, { documents: DISPATCHES, pairs: PAIRS });
    await seedSearchLibrary(temp.db, { documents: 1, pairs: LONG_ROWS, prefix: "long", shiftDays: -1_000 });
  },
  {
    startTimeout: 120_000,
    eachTest: ({ page, app }) => {
      search = new SearchPage(page, app.baseUrl);
      reader = new ReaderPage(page, app.baseUrl);
    },
  },
);

const fold = (texts: string[]) => [...new Set(texts.map(foldWord))];
/** How many rows of the dispatches and the long document hold Genève or Geneva (the sample corpus names neither), and in how many documents. */
function genevaRows(): { rows: number; documents: number } {
  const counts = [...Array.from({ length: DISPATCHES }, (_, i) => matchingRows(GENEVA, i + 1, PAIRS).length), matchingRows(GENEVA, 1, LONG_ROWS).length];
  return { rows: counts.reduce((a, b) => a + b, 0), documents: counts.filter(Boolean).length };
}

describe("searching the text of the library", () => {
  it("from the library's box, 'Le texte' lists the rows holding the words, marked in both columns", async () => {
    const library = await new LibraryPage(web.page, web.app.baseUrl).open("fr");
    await web.page.fill("#library-search", "Choïgou Shoigu");
    await web.page.selectOption("#library-search-scope", "text");
    await web.page.press("#library-search", "Enter");
    await web.page.waitForURL(/\/fr\/search\?q=/);
    expect(library.page.url()).toContain("q=Cho%C3%AFgou+Shoigu");
    expect(await web.page.textContent("h1")).toBe("Rechercher dans les textes");
    const hits = await search.hits();
    expect(hits.length).toBeGreaterThan(2);
    expect(await search.count.textContent()).toBe(`${hits.length} lignes dans 2 documents`);
    for (const hit of hits) {
      expect(fold(hit.fr)).toContain("choigou");
      expect(fold(hit.en)).toContain("shoigu");
      expect(hit.href).toBe(`/fr/documents/${hit.slug}?row=${hit.row}&find=Cho%C3%AFgou+Shoigu#row-${hit.row}`);
    }
  });

  it("says it in English in the English interface", async () => {
    await search.open("en", "Choïgou Shoigu");
    const hits = await search.hits();
    expect(await search.count.textContent()).toBe(`${hits.length} rows in 2 documents`);
    expect(await web.page.locator(".search-hit a.hit-row").first().textContent()).toBe(`Row ${hits[0].row}`);
    expect(await web.page.locator(".search-document .meta").first().textContent()).toMatch(/\d+ matching rows?/);
    await web.page.locator(".search-page select[name=in]").selectOption("titles");
    await web.page.locator(".search-page button[type=submit]").click();
    await web.page.waitForURL(/\/en\?q=/);
    expect(await web.page.locator("#library-search").inputValue()).toBe("Choïgou Shoigu");
  });

  it("opens a result at its row in the reader, the words marked there and the find box filled", async () => {
    await search.open("fr", "Choïgou Shoigu");
    const [first] = await search.hits();
    await web.page.locator(".search-hit a.hit-row").first().click();
    await web.page.waitForURL(new RegExp(`/fr/documents/${first.slug}\\?from=1&find=Cho%C3%AFgou\\+Shoigu#row-${first.row}$`));
    await reader.waitUntilInteractive();
    await reader.waitForRowInView(first.row);
    expect(await search.findInput.inputValue()).toBe("Choïgou Shoigu");
    const row = web.page.locator(`#row-${first.row}`);
    expect(fold(await row.locator(".cell-fr mark.match").allTextContents())).toContain("choigou");
    expect(fold(await row.locator(".cell-en mark.match").allTextContents())).toContain("shoigu");
    expect(await search.findCount.textContent()).toMatch(/^\d+ lignes? trouvées? \(\d+ parmi ces lignes\)$/);
  });

  it("pages through many results", async () => {
    const { rows: total, documents } = genevaRows();
    expect(total).toBeGreaterThan(40);
    await search.open("en", GENEVA);
    expect(await search.count.textContent()).toBe(`1–20 of ${total} rows in ${documents} documents`);
    const first = await search.hits();
    await web.page.locator(".pagination a[rel=next]").click();
    await web.page.waitForURL(/page=2/);
    const second = await search.hits();
    expect(await search.count.textContent()).toBe(`21–40 of ${total} rows in ${documents} documents`);
    const seen = new Set([...first, ...second].map((h) => `${h.slug}#${h.row}`));
    expect(seen.size).toBe(40);
    for (const hit of [...first, ...second]) expect([...hit.fr, ...hit.en].map(foldWord).some((w) => w === "geneve" || w === "geneva")).toBe(true);
  });

  it("takes any text: signs and syntax words are not errors, a search too long is said in one line", async () => {
    expect(await search.open("fr", '"')).toBe(200);
    expect(await search.message.textContent()).toBe("« \" » ne contient aucun mot à rechercher.");
    expect(await search.open("fr", 'Kim* -( "Jong')).toBe(200);
    const hits = await search.hits();
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits) expect(fold([...hit.fr, ...hit.en])).toContain("jong");
    expect(await search.open("fr", "zzyzx")).toBe(200);
    expect(await search.message.textContent()).toBe("Aucune ligne ne contient « zzyzx ».");
    expect(await search.open("en", "mot ".repeat(100))).toBe(200);
    expect(await web.page.locator(".search-page [role=alert]").textContent()).toBe("A search is at most 300 characters.");
  });
});

describe("finding words in a document", () => {
  const expected = () => matchingRows(GENEVA, 1, LONG_ROWS);

  it("marks them in both columns of the window and counts the rows of the whole document", async () => {
    await reader.open(LONG_SLUG, "en");
    await search.find(GENEVA);
    await reader.waitUntilInteractive();
    const rows = expected();
    const inWindow = rows.filter((r) => r <= WINDOW_SIZE);
    expect(await search.findCount.textContent()).toBe(`${rows.length} rows match (${inWindow.length} among these rows)`);
    expect(await search.markedRows()).toEqual(inWindow);
    expect(new Set(await search.readerMarks("fr"))).toEqual(new Set(["Genève"]));
    expect(new Set(await search.readerMarks("en"))).toEqual(new Set(["Geneva"]));
    expect(await web.page.locator(".toolbar .find-bar label").textContent()).toBe("Find in this document");
  });

  it("goes from match to match, then to the next window and back", async () => {
    const rows = expected();
    const inFirst = rows.filter((r) => r <= WINDOW_SIZE);
    await reader.openAt(LONG_SLUG, `?find=${encodeURIComponent(GENEVA)}`);
    await search.findLink("next").click();
    await reader.waitForRowInView(inFirst[0]);
    expect(reader.addressedRow()).toBe(inFirst[0]);
    await search.findLink("next").click();
    await reader.waitForRowInView(inFirst[1]);

    await reader.openAt(LONG_SLUG, `?from=1&find=${encodeURIComponent(GENEVA)}#row-${inFirst.at(-1)}`);
    await reader.waitForRowInView(inFirst.at(-1)!);
    await search.findLink("next").click();
    const firstAfter = rows.find((r) => r > WINDOW_SIZE)!;
    await web.page.waitForURL(new RegExp(`from=${WINDOW_SIZE + 1}&find=.*#row-${firstAfter}$`));
    await reader.waitUntilInteractive();
    await reader.waitForRowInView(firstAfter);
    expect(await search.markedRows()).toEqual(rows.filter((r) => r > WINDOW_SIZE && r <= 2 * WINDOW_SIZE));
    expect(await search.findCount.textContent()).toMatch(/^\d+ lignes trouvées/);

    await search.findLink("previous").click();
    await web.page.waitForURL(new RegExp(`from=1&find=.*#row-${inFirst.at(-1)}$`));
    await reader.waitForRowInView(inFirst.at(-1)!);
  });

  it("says when nothing matches, and clears", async () => {
    await reader.openAt(LONG_SLUG, "?find=zzyzx");
    expect(await search.findCount.textContent()).toBe("Aucune ligne trouvée");
    expect(await search.findLink("next").count()).toBe(0);
    await search.findLink("clear").click();
    await web.page.waitForURL((url) => !url.search.includes("find"));
    expect(await search.findInput.inputValue()).toBe("");
  });

  it("keeps glossary names working where a match falls on them", async () => {
    await reader.openAt("choigou-rencontre-kim-pyongyang", "?find=Cho%C3%AFgou");
    const term = web.page.locator(".cell-fr .term:has(mark.match)").first();
    expect(await term.locator("mark.match").allTextContents()).toEqual(["Choïgou"]);
    await term.hover();
    expect(await reader.describedTooltipText(term)).toContain("Sergei Shoigu");
  });

  it("works without JavaScript: the server marks the matches and answers the forms", async () => {
    const noScript = await web.browser.newContext({ javaScriptEnabled: false });
    const tab = await noScript.newPage();
    try {
      await tab.goto(`${web.app.baseUrl}/fr/search?q=${encodeURIComponent(GENEVA)}`);
      expect(await tab.locator(".search-hit mark.match").count()).toBeGreaterThan(10);
      await tab.goto(`${web.app.baseUrl}/fr/documents/${LONG_SLUG}?from=201`);
      await tab.fill(".find-bar input[name=find]", "Genève");
      await tab.press(".find-bar input[name=find]", "Enter");
      await tab.waitForURL(/from=201&find=Gen%C3%A8ve/);
      const marked = await tab.locator("ol.rows > li.row").evaluateAll((rows) => rows.filter((r) => r.querySelector("mark.match")).map((r) => Number(r.getAttribute("data-row"))));
      expect(marked).toEqual(matchingRows("Genève", 1, LONG_ROWS).filter((r) => r > WINDOW_SIZE && r <= 2 * WINDOW_SIZE));
    } finally {
      await noScript.close();
    }
  });
});

import { startApp, useBrowserApp } from "./harness";
import { LibraryPage } from "./pages/LibraryPage";

jest.setTimeout(60_000);

let library: LibraryPage;

const web = useBrowserApp(undefined, {
  eachTest: ({ page, app }) => {
    library = new LibraryPage(page, app.baseUrl);
  },
});

describe("library", () => {
  it("sends / to the interface in the browser's language", async () => {
    for (const [locale, path] of [["fr-FR", "/fr"], ["en-GB", "/en"], ["de-DE", "/fr"]]) {
      const context = await web.browser.newContext({ locale });
      const tab = await context.newPage();
      await tab.goto(`${web.app.baseUrl}/`);
      expect([locale, new URL(tab.url()).pathname]).toEqual([locale, path]);
      await context.close();
    }
  });

  it("lists the sample articles newest first, with their titles in both languages", async () => {
    await library.open("fr");
    expect(await web.page.getAttribute("html", "lang")).toBe("fr");
    expect(await library.slugs()).toEqual(["kim-soutien-inconditionnel-russie", "choigou-rencontre-kim-pyongyang"]);
    const text = (await library.cards.allTextContents()).join("\n");
    expect(text).toContain("Kim Jong Un promet le");
    expect(text).toContain("Sergei Shoigu meets Kim Jong Un");
  });

  it("gives each document's source, date, size and progress", async () => {
    await library.open("en");
    const card = library.card("choigou-rencontre-kim-pyongyang");
    const meta = await card.locator(".meta").textContent();
    expect(meta).toContain("Il Giornale (revue de presse)");
    expect(meta).toContain("March 22, 2025");
    expect(meta).toContain("11 French paragraphs");
    expect(await card.locator(".progress .progress-label").allTextContents()).toEqual(["Aligned", "Reviewed"]);
    expect(await library.card("kim-soutien-inconditionnel-russie").locator("time").textContent()).toBe("June 2025");
  });

  it("explains itself in two lines and leads to the import page, in both languages", async () => {
    await library.open("en");
    const intro = web.page.locator(".library-intro p");
    expect(await intro.allTextContents()).toEqual([
      expect.stringContaining("Vis-à-vis keeps French news articles beside their English translation"),
      "Add a document from the import page: files, pasted text or a web address.",
    ]);
    await intro.locator("a").click();
    await web.page.waitForURL(/\/en\/import$/);
    await library.open("fr");
    expect(await web.page.locator(".library-intro a").textContent()).toBe("page d’import");
    expect(await web.page.locator(".library-intro a").getAttribute("href")).toBe("/fr/import");
    expect(await web.page.locator('.site-nav a[href="/fr/import"]').textContent()).toBe("Importer");
  });

  it("names what it counts: French paragraphs, and the rows the reader shows", async () => {
    for (const [locale, paragraphs, rows] of [["en", "11 French paragraphs", (n: number) => `${n} rows`], ["fr", "11 paragraphes français", (n: number) => `${n} lignes`]] as const) {
      await library.open(locale);
      const card = library.card("choigou-rencontre-kim-pyongyang");
      expect(await card.locator(".meta-paragraphs").textContent()).toBe(paragraphs);
      const shown = await card.locator(".meta-rows").textContent();
      const count = Number(shown!.match(/^(\d+) /)![1]);
      expect(shown).toBe(rows(count));
      await library.openDocument("choigou-rencontre-kim-pyongyang");
      expect(await web.page.locator(".reader .row").count()).toBe(count);
      expect(await web.page.locator(".reader-header .meta").textContent()).toContain(rows(count));
    }
    // The sample's translations merge and split paragraphs: rows and paragraphs differ, which is why both are named.
    await library.open("fr");
    expect(await library.card("kim-soutien-inconditionnel-russie").locator(".meta-rows").textContent()).not.toBe(
      (await library.card("kim-soutien-inconditionnel-russie").locator(".meta-paragraphs").textContent())!.replace(/ paragraphes français$/, " lignes"),
    );
  });

  it("fits a phone's width, its header links included, in both languages", async () => {
    await web.page.setViewportSize({ width: 390, height: 844 });
    for (const locale of ["fr", "en"] as const) {
      await library.open(locale);
      expect([locale, await web.page.evaluate(() => document.documentElement.scrollWidth <= 390)]).toEqual([locale, true]);
      const links = await web.page.locator(".site-nav a").evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right));
      expect(Math.max(...links)).toBeLessThanOrEqual(390);
    }
  });

  it("filters by title, ignoring accents, and says when nothing matches", async () => {
    await library.open("fr");
    await library.search("choigou");
    expect(await library.slugs()).toEqual(["choigou-rencontre-kim-pyongyang"]);
    await library.open("fr", "zzz");
    expect(await library.cards.count()).toBe(0);
    expect(await web.page.textContent(".empty")).toContain("« zzz »");
  });

  it("opens a document in the reader", async () => {
    await library.open("en");
    await library.openDocument("choigou-rencontre-kim-pyongyang");
    expect(await web.page.locator(".reader .rows").count()).toBe(1);
  });

  it("switches the interface to English and keeps the page", async () => {
    await library.open("fr");
    await web.page.click(".locale-switch");
    await web.page.waitForURL(/\/en$/);
    expect(await web.page.getAttribute("html", "lang")).toBe("en");
    expect(await web.page.textContent("h1")).toBe("Library");
  });
});

describe("empty library", () => {
  it("says how to import a first document", async () => {
    const empty = await startApp(async () => undefined);
    try {
      await web.page.goto(`${empty.baseUrl}/en`);
      expect(await web.page.textContent(".empty h2")).toBe("No documents yet");
      expect(await web.page.textContent(".empty pre")).toContain("npm run import -- article.txt --en article.en.txt");
      expect(await web.page.getAttribute(".empty a", "href")).toBe("/en/import");
    } finally {
      await empty.stop();
    }
  });
});

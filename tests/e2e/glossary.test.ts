import type { Page } from "playwright-core";
import { alignAll } from "../../lib/align/align-document";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { useBrowserApp } from "./harness";
import { ReaderPage } from "./pages/ReaderPage";

jest.setTimeout(90_000);

const TOKEN = "glossary-test-token";

/** The glossary page, as a person uses it. */
class GlossaryPage {
  constructor(private readonly page: Page) {}
  open(query = "", locale: "en" | "fr" = "en") {
    return this.page.goto(`${web.app.baseUrl}/${locale}/glossary${query}`);
  }
  entry(fr: string) {
    return this.page.locator(`.glossary-entry[data-fr="${fr}"]`);
  }
  entries() {
    return this.page.locator(".glossary-entry");
  }
  async add(fields: Record<string, string>) {
    const form = this.page.locator('form[data-action="createEntry"]');
    for (const [name, value] of Object.entries(fields)) {
      if (name === "kind") await form.locator(`select[name="kind"]`).selectOption(value);
      else await form.locator(`input[name="${name}"]`).fill(value);
    }
    await form.locator('button[type="submit"]').click();
    return form.locator(".glossary-message");
  }
}

const web = useBrowserApp(
  async (t) => {
    await loadSampleCorpus(t.db);
    await alignAll(t.db);
    await t.db.glossaryCandidate.create({
      data: { fr: "Giulia Rossi", kind: "person", variants: ["Rossi"], en: null, documents: ["kim-soutien-inconditionnel-russie"], occurrences: 2 },
    });
    for (const fr of ["Pays-Bas", "Espagne"]) {
      await t.db.glossaryCandidate.create({ data: { fr, kind: "place", variants: [], en: null, documents: ["kim-soutien-inconditionnel-russie"], occurrences: 1 } });
    }
  },
  // Writes need this token: the page must refuse them without it.
  { env: { EDITOR_TOKEN: TOKEN } },
);

async function withToken() {
  await web.page.context().addCookies([{ name: "editor_token", value: TOKEN, url: web.app.baseUrl }]);
}

describe("glossary page", () => {
  it("lists entries with variants and documents, filters by kind and search, in both languages", async () => {
    const glossary = new GlossaryPage(web.page);
    await glossary.open();
    expect(await web.page.textContent("h1")).toBe("Glossary");
    expect(await glossary.entries().count()).toBe(49);
    // Edit forms are built when opened, not shipped hidden with every entry; adding comes first.
    expect(await web.page.locator('form[data-action="updateEntry"]').count()).toBe(0);
    const [addTop, listTop] = await Promise.all([
      web.page.locator('form[data-action="createEntry"]').boundingBox(),
      web.page.locator(".glossary-entries").boundingBox(),
    ]);
    expect(addTop!.y).toBeLessThan(listTop!.y);
    const shoigu = glossary.entry("Sergueï Choïgou");
    expect(await shoigu.locator(".glossary-en").textContent()).toBe("Sergei Shoigu");
    expect(await shoigu.locator(".glossary-variant-list").textContent()).toContain("Choïgu");
    expect(await shoigu.locator(".glossary-documents a").count()).toBe(2);
    // The check's one flag on the sample: "selon KCNA" rendered as "the agency added".
    expect(await web.page.locator(".glossary-flag-list li").allTextContents()).toEqual([expect.stringContaining("“KCNA” in the French")]);

    await web.page.fill("#glossary-search", "shoigu");
    await web.page.press("#glossary-search", "Enter");
    await web.page.waitForURL(/q=shoigu/);
    expect(await glossary.entries().count()).toBe(1);

    await glossary.open("?kind=organization");
    const kinds = await web.page.locator(".glossary-entry .glossary-kind").allTextContents();
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds)).toEqual(new Set(["Organisation"]));

    await web.page.goto(`${web.app.baseUrl}/fr/glossary`);
    expect(await web.page.textContent("h1")).toBe("Glossaire");
    // French quotes throughout in French.
    expect(await web.page.locator(".glossary-flag-list li").allTextContents()).toEqual([expect.stringMatching(/«\sKCNA\s» dans le français, aucune des formes «\s.+\s»/)]);
    expect(await web.page.locator(".site-nav a", { hasText: "Glossaire" }).count()).toBe(1);
  });

  it("refuses writes without permission, and changes nothing", async () => {
    const glossary = new GlossaryPage(web.page);
    await glossary.open();
    const message = await glossary.add({ kind: "place", fr: "Vladivostok", en: "Vladivostok" });
    await message.waitFor();
    expect(await message.textContent()).toContain("Editing is closed");
    expect(await web.app.temp.db.glossaryEntry.count({ where: { fr: "Vladivostok" } })).toBe(0);
  });

  it("adds, edits and deletes an entry and its variants, with field errors", async () => {
    await withToken();
    const glossary = new GlossaryPage(web.page);
    await glossary.open();
    const error = await glossary.add({ kind: "place", fr: "Koursk", en: "Kursk" });
    await error.waitFor();
    expect(await error.textContent()).toBe("Not saved: French “Koursk”: already in the glossary.");
    // The French page says it in French, naming the field as its form labels it.
    await glossary.open("", "fr");
    const erreur = await glossary.add({ kind: "place", fr: "Koursk", en: "Kursk" });
    await erreur.waitFor();
    expect((await erreur.textContent())?.replace(/[\u202f\u00a0]/g, " ")).toBe("Non enregistré : Français « Koursk » : déjà dans le glossaire.");
    expect(await web.page.locator('form[data-action="createEntry"] label', { hasText: /^Français$/ }).count()).toBeGreaterThan(0);

    await glossary.open();
    const ok = await glossary.add({ kind: "place", fr: "Vladivostok", en: "Vladivostok", variantsEn: "Wladiwostok" });
    await ok.waitFor();
    await glossary.open("?q=vladivostok");
    const entry = glossary.entry("Vladivostok");
    expect(await entry.locator(".glossary-variant-list").textContent()).toContain("Wladiwostok");

    await entry.locator("summary").click();
    await entry.locator('form[data-action="updateEntry"] input[name="en"]').fill("Vladivostok (Russia)");
    await entry.locator('form[data-action="updateEntry"] button').click();
    await entry.locator('form[data-action="updateEntry"] .glossary-message').waitFor();
    expect((await web.app.temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Vladivostok" } })).en).toBe("Vladivostok (Russia)");

    // Removing a variant asks first, by keyboard too: Escape cancels, Enter on "Remove" confirms.
    const remove = entry.locator(".glossary-variant-list");
    await remove.locator("button.icon").focus();
    await web.page.keyboard.press("Enter");
    const confirmFocused = () => web.page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.confirm === "remove");
    await confirmFocused();
    await web.page.keyboard.press("Escape");
    await web.page.waitForFunction(() => document.activeElement?.classList.contains("icon"));
    expect(await web.app.temp.db.glossaryVariant.count({ where: { text: "Wladiwostok" } })).toBe(1);
    await web.page.keyboard.press("Enter");
    await confirmFocused();
    await web.page.keyboard.press("Enter");
    await web.page.waitForFunction(() => !document.querySelector('.glossary-entry[data-fr="Vladivostok"] .glossary-variant-list'));

    await entry.locator("summary").click().catch(() => {});
    await glossary.open("?q=vladivostok");
    await glossary.entry("Vladivostok").locator("summary").click();
    await glossary.entry("Vladivostok").locator('form[data-action="deleteEntry"] button').click();
    await web.page.waitForFunction(() => !document.querySelector('.glossary-entry[data-fr="Vladivostok"]'));
    expect(await web.app.temp.db.glossaryEntry.count({ where: { fr: "Vladivostok" } })).toBe(0);
  });

  it("accepts a candidate after its English form is given", async () => {
    await withToken();
    await new GlossaryPage(web.page).open();
    const candidate = web.page.locator('.glossary-candidate[data-fr="Giulia Rossi"]');
    await candidate.locator('input[name="en"]').fill("Giulia Rossi");
    await candidate.locator('form[data-action="acceptCandidate"] button').click();
    await web.page.waitForFunction(() => !document.querySelector('.glossary-candidate[data-fr="Giulia Rossi"]'));
    const entry = await web.app.temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Giulia Rossi" }, include: { variants: true } });
    expect([entry.kind, entry.en, entry.variants.map((v) => v.text)]).toEqual(["person", "Giulia Rossi", ["Rossi"]]);
    expect(await new GlossaryPage(web.page).entry("Giulia Rossi").count()).toBe(1);
  });

  it("changes reach the reader's tooltips at once", async () => {
    await withToken();
    const glossary = new GlossaryPage(web.page);
    await glossary.open("?q=kyushu");
    const entry = glossary.entry("Kyushu");
    await entry.locator("summary").click();
    await entry.locator('form[data-action="updateEntry"] input[name="note"]').fill("Southernmost of Japan's four main islands (edited).");
    await entry.locator('form[data-action="updateEntry"] button').click();
    await entry.locator('form[data-action="updateEntry"] .glossary-message').waitFor();

    const reader = new ReaderPage(web.page, web.app.baseUrl);
    // The English note: the English interface shows it (the French one, the French note).
    expect(await reader.open("choigou-rencontre-kim-pyongyang", "en")).toBe(200);
    const term = reader.term("fr", "Kyushu");
    await term.hover();
    expect(await reader.describedTooltipText(term)).toContain("(edited)");
  });

  it("imports an uploaded CSV, and refuses a bad one naming the line", async () => {
    await withToken();
    const form = web.page.locator('form[data-action="importFile"]');
    const upload = async (name: string, content: string, locale: "en" | "fr" = "en") => {
      await new GlossaryPage(web.page).open("", locale);
      await form.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
      await form.locator('button[type="submit"]').click();
      const message = form.locator(".glossary-message");
      await message.waitFor();
      return message.textContent();
    };
    // The row's problem as the page says it, in its language: the form's label for the column.
    expect(await upload("bad.csv", "kind,fr,en\nplace,Naples,Naples\nplace,Milan,\n")).toBe("Not saved: bad.csv: line 3: English: required.");
    expect(await upload("bad.csv", "kind,fr,en\nplace,Naples,Naples\nplace,Milan,\n", "fr")).toBe("Non enregistré : bad.csv, ligne 3 : Anglais : à remplir.");
    expect(await upload("double.csv", "kind,fr,en\nplace,Naples,Naples\nplace,Naples,Naples\n", "fr")).toBe("Non enregistré : double.csv, ligne 3 : « Naples » figure déjà à la ligne 2.");
    expect(await web.app.temp.db.glossaryEntry.count({ where: { fr: "Naples" } })).toBe(0);
    expect(await upload("good.csv", "kind,fr,en\nplace,Naples,Naples\nplace,Milan,Milan\n")).toContain("Imported: 2 created, 0 updated, 0 unchanged");
    expect(await web.app.temp.db.glossaryEntry.count({ where: { fr: { in: ["Naples", "Milan"] } } })).toBe(2);
  });

  it("downloads the glossary as CSV and TBX", async () => {
    const csv = await fetch(`${web.app.baseUrl}/api/glossary/export?format=csv`);
    expect(csv.headers.get("content-disposition")).toContain("glossary.csv");
    expect((await csv.text()).split("\r\n")[0]).toBe("kind,fr,en,fr_variants,en_variants,note,note_fr");
    const tbx = await fetch(`${web.app.baseUrl}/api/glossary/export?format=tbx`);
    expect(await tbx.text()).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"');
    expect((await fetch(`${web.app.baseUrl}/api/glossary/export?format=pdf`)).status).toBe(422);
  });

  it("opens a search on its results, counted against the whole glossary, in both languages", async () => {
    const total = await web.app.temp.db.glossaryEntry.count();
    for (const [locale, counted] of [["en", `1 of ${total} entries`], ["fr", `1 sur ${total} entrées`]]) {
      await web.page.goto(`${web.app.baseUrl}/${locale}/glossary`);
      await web.page.fill("#glossary-search", "shoigu");
      await web.page.press("#glossary-search", "Enter");
      await web.page.waitForURL(/\?q=shoigu&kind=#glossary-entries$/);
      const heading = web.page.locator("#glossary-entries");
      expect(await heading.textContent()).toBe(counted);
      // The answer is in view, not 2,800 px below under the whole glossary's count.
      const viewport = web.page.viewportSize()!;
      const result = await new GlossaryPage(web.page).entry("Sergueï Choïgou").boundingBox();
      expect(await web.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(result!.y).toBeGreaterThanOrEqual(0);
      expect(result!.y + result!.height).toBeLessThanOrEqual(viewport.height);
    }
  });

  it("adding an entry by hand settles the candidate of that name", async () => {
    await withToken();
    const glossary = new GlossaryPage(web.page);
    await glossary.open();
    expect(await web.page.locator('.glossary-candidate[data-fr="Pays-Bas"]').count()).toBe(1);
    const ok = await glossary.add({ kind: "place", fr: "Pays-Bas", en: "Netherlands" });
    await ok.waitFor();
    expect(await ok.textContent()).toBe("Saved.");
    // The form is cleared for the next entry once saved.
    expect(await web.page.locator('form[data-action="createEntry"] input[name="fr"]').inputValue()).toBe("");
    await web.page.waitForFunction(() => !document.querySelector('.glossary-candidate[data-fr="Pays-Bas"]'));
    expect(await web.app.temp.db.glossaryCandidate.findUniqueOrThrow({ where: { fr: "Pays-Bas" } })).toMatchObject({ status: "accepted", en: "Netherlands" });
  });

  it("a refused accept keeps the English the person typed", async () => {
    await withToken();
    await new GlossaryPage(web.page).open();
    const candidate = web.page.locator('.glossary-candidate[data-fr="Espagne"]');
    // Settled meanwhile, elsewhere: this page still offers it, and accepting it is refused.
    const { id } = await web.app.temp.db.glossaryCandidate.update({ where: { fr: "Espagne" }, data: { status: "rejected" } });
    await candidate.locator('input[name="en"]').fill("Spain");
    await candidate.locator('form[data-action="acceptCandidate"] button').click();
    const message = candidate.locator('form[data-action="acceptCandidate"] .glossary-message');
    await message.waitFor();
    expect(await message.textContent()).toBe(`Not saved: Candidate ${id}: already rejected; reload the page.`);
    expect(await candidate.locator('input[name="en"]').inputValue()).toBe("Spain");
  });

  it("keeps a note in each language, and each interface shows its own, on this page and in the reader's tooltips", async () => {
    await withToken();
    const glossary = new GlossaryPage(web.page);
    await glossary.open();
    const ok = await glossary.add({ kind: "place", fr: "Gênes", en: "Genoa", note: "Port city in Liguria.", noteFr: "Ville portuaire de Ligurie." });
    await ok.waitFor();
    expect(await web.app.temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Gênes" } })).toMatchObject({ note: "Port city in Liguria.", noteFr: "Ville portuaire de Ligurie." });
    await glossary.open("?q=genes");
    expect(await glossary.entry("Gênes").locator(".glossary-note").textContent()).toBe("Port city in Liguria.");
    await web.page.goto(`${web.app.baseUrl}/fr/glossary?q=genes`);
    const note = glossary.entry("Gênes").locator(".glossary-note");
    expect([await note.textContent(), await note.getAttribute("lang")]).toEqual(["Ville portuaire de Ligurie.", "fr"]);

    const reader = new ReaderPage(web.page, web.app.baseUrl);
    for (const [locale, expected] of [["fr", "La plus méridionale des quatre grandes îles du Japon."], ["en", "Southernmost of Japan's four main islands"]]) {
      await web.page.goto(`${web.app.baseUrl}/${locale}/documents/choigou-rencontre-kim-pyongyang`);
      const term = reader.term("fr", "Kyushu");
      await term.hover();
      expect(await reader.describedTooltipText(term)).toContain(expected);
    }
  });

  it("runs the extraction from the page and shows what it found", async () => {
    await withToken();
    const doc = await web.app.temp.db.document.findUniqueOrThrow({ where: { slug: "kim-soutien-inconditionnel-russie" } });
    const paragraph = await web.app.temp.db.sourceParagraph.findFirstOrThrow({ where: { documentId: doc.id, kind: "body" }, orderBy: { position: "asc" } });
    await web.app.temp.db.sourceParagraph.update({ where: { id: paragraph.id }, data: { text: `${paragraph.text} Selon Giulia Bellini, citée par Il Giornale, Giulia Bellini doute.` } });
    await new GlossaryPage(web.page).open();
    expect(await web.page.locator('.glossary-candidate[data-fr="Giulia Bellini"]').count()).toBe(0);
    await web.page.click('form[data-action="extractCandidates"] button');
    const message = web.page.locator('form[data-action="extractCandidates"] .glossary-message');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/names? not in the glossary; \d+ waits? for review: .*Giulia Bellini/);
    await web.page.locator('.glossary-candidate[data-fr="Giulia Bellini"]').waitFor();
    const pending = await web.app.temp.db.glossaryCandidate.count({ where: { status: "pending" } });
    expect(await web.page.locator(".glossary-candidate").count()).toBe(pending);
  });
});

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Page } from "playwright-core";
import { useBrowserApp } from "./harness";
import { callAction, callActionAs } from "./server-actions";

jest.setTimeout(120_000);

const TOKEN = "import-test-token";
const FIXTURES = path.join(__dirname, "..", "fixtures", "import");
const CORPUS = path.join(__dirname, "..", "..", "prisma", "corpus");
const canicule = fs.readFileSync(path.join(FIXTURES, "canicule.html"));
const caniculeEn = fs.readFileSync(path.join(FIXTURES, "canicule.en.txt"));
const kimFr = fs.readFileSync(path.join(CORPUS, "kim-soutien-inconditionnel-russie.fr.txt"));
const kimEn = fs.readFileSync(path.join(CORPUS, "kim-soutien-inconditionnel-russie.en.txt"));
const choigou = fs.readFileSync(path.join(CORPUS, "choigou-rencontre-kim-pyongyang.fr.txt"));
/** A short article of its own for each test (documents are never deleted: each test brings new text). */
const article = (title: string, n = 3) => [title, ...Array.from({ length: n }, (_, i) => `${title} : le paragraphe ${i + 1} en dit davantage sur l’affaire.`)].join("\n\n");
const english = (title: string, n = 3) => [title, ...Array.from({ length: n }, (_, i) => `${title}: paragraph ${i + 1} says more about the matter.`)].join("\n\n");
const storm = `<html><head><title>Orages à Lyon</title></head><body><article><h1>Orages sur Lyon</h1><p>De violents orages ont frappé Lyon dans la nuit de lundi à mardi.</p><p>Les pompiers sont intervenus plus de deux cents fois, selon la préfecture.</p></article></body></html>`;

let pages: http.Server;
let pagesBase: string;

/** The import page, as a person uses it. */
class ImportPage {
  constructor(private readonly page: Page) {}
  open(locale: "fr" | "en") {
    return this.page.goto(`${web.app.baseUrl}/${locale}/import`);
  }
  form(mode: "files" | "paste" | "url") {
    return this.page.locator(`form[data-mode="${mode}"]`);
  }
  item(name: string) {
    return this.form("files").locator(`.import-item[data-name="${name}"]`);
  }
}

const file = (name: string, buffer: Buffer | string, mimeType = "text/plain") => ({ name, mimeType, buffer: Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer) });
let before = 0;
/** The documents this test stored. */
const documents = () => web.app.temp.db.document.findMany({ where: { id: { gt: before } }, select: { slug: true, titleFr: true, importedFrom: true }, orderBy: { id: "asc" } });

const web = useBrowserApp(async () => undefined, {
  env: { EDITOR_TOKEN: TOKEN, IMPORT_ALLOW_PRIVATE_HOSTS: "1" },
  eachTest: async ({ app }) => {
    before = (await app.temp.db.document.aggregate({ _max: { id: true } }))._max.id ?? 0;
  },
});

beforeAll(async () => {
  // Pages the server fetches: a local site, reachable because IMPORT_ALLOW_PRIVATE_HOSTS=1.
  pages = http.createServer((req, res) => {
    if (req.url === "/orages.html") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(storm);
    else res.writeHead(404, { "content-type": "text/html" }).end("<p>Not here</p>");
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => pages?.close(resolve));
});

async function mayWrite(target: Page = web.page) {
  await target.context().addCookies([{ name: "editor_token", value: TOKEN, url: web.app.baseUrl }]);
}

describe("import page", () => {
  it("is reached from the header and the library, and says so when importing is closed, in both languages", async () => {
    await web.page.goto(`${web.app.baseUrl}/en`);
    await web.page.click('.site-nav a:has-text("Import")');
    await web.page.waitForURL(/\/en\/import$/);
    expect(await web.page.textContent("h1")).toBe("Import articles");
    // Without the editor token: no form, a notice saying why.
    expect(await web.page.locator("form[data-mode]").count()).toBe(0);
    expect(await web.page.textContent(".notice")).toContain("Importing is closed");
    await new ImportPage(web.page).open("fr");
    expect(await web.page.textContent("h1")).toBe("Importer des articles");
    expect(await web.page.textContent(".notice")).toContain("L’import est fermé");

    // The action itself refuses, whatever the page shows, and stores nothing.
    const port = Number(new URL(web.app.baseUrl).port);
    const form = new FormData();
    form.set("mode", "paste");
    form.set("french", "Un titre\n\nUn paragraphe.");
    const answer = await callActionAs(port, "/en/import", "importArticles", [{ status: "idle" }, form], { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` });
    expect(answer.text).toContain('"code":"forbidden"');
    expect(await documents()).toEqual([]);
  });

  it("imports an uploaded article with its English, aligned, and links to it (English interface)", async () => {
    await mayWrite();
    const imports = new ImportPage(web.page);
    await imports.open("en");
    await imports.form("files").locator('input[name="files"]').setInputFiles([file("canicule.html", canicule, "text/html")]);
    const item = imports.item("canicule.html");
    // Its English, chosen on its row.
    await item.locator('input[type="file"]').setInputFiles([file("canicule-english.txt", caniculeEn)]);
    expect(await item.locator("label.import-english .visually-hidden").textContent()).toBe("English translation of canicule.html");
    await imports.form("files").locator('button[type="submit"]').click();
    await web.page.waitForSelector('.import-item[data-name="canicule.html"][data-status="created"]');
    expect(await item.locator(".import-status").textContent()).toBe("Created");
    const [doc] = await documents();
    expect(doc.importedFrom).toBe("canicule.html");
    const stored = await web.app.temp.db.document.findUniqueOrThrow({ where: { slug: doc.slug }, include: { _count: { select: { links: true, targetParagraphs: true } } } });
    expect(stored._count.targetParagraphs).toBeGreaterThan(5);
    expect(stored._count.links).toBeGreaterThan(5);

    await item.locator("a.import-document").click();
    await web.page.waitForURL(new RegExp(`/en/documents/${doc.slug}$`));
    expect(await web.page.locator(".reader .row").count()).toBe(stored._count.links);
  });

  it("imports several files one by one, showing each result as it comes, a bad one refused with its reason (French interface)", async () => {
    await mayWrite();
    const imports = new ImportPage(web.page);
    await imports.open("fr");
    await imports.form("files").locator('input[name="files"]').setInputFiles([
      file("kim.txt", kimFr),
      file("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a])),
      file("kim.en.txt", kimEn),
      file("choigou.txt", choigou),
    ]);
    // Chosen together, NAME.en.txt is the English of NAME.txt: three articles.
    expect(await imports.item("kim.txt").locator(".import-note").textContent()).toBe("Anglais : kim.en.txt");
    expect(await imports.form("files").locator(".import-item").count()).toBe(3);
    // Every status each item takes, in order, from the moment the button is pressed.
    await web.page.evaluate(() => {
      const seen: Record<string, string[]> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      const record = () =>
        document.querySelectorAll<HTMLElement>(".import-item").forEach((li) => {
          const list = (seen[li.dataset.name!] ??= []);
          if (list[list.length - 1] !== li.dataset.status) list.push(li.dataset.status!);
        });
      record();
      new MutationObserver(record).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-status"] });
    });
    await imports.form("files").locator('button[type="submit"]').click();
    await web.page.waitForFunction(() => document.querySelector(".import-progress")?.textContent?.startsWith("3 articles"));
    expect(await web.page.textContent(".import-progress")).toBe("3 articles : 2 créés, 0 mis à jour, 0 inchangé, 1 refusé.");
    const seen = await web.page.evaluate(() => (window as unknown as { seen: Record<string, string[]> }).seen);
    expect(seen).toEqual({
      "kim.txt": ["waiting", "sending", "created"],
      "photo.txt": ["waiting", "sending", "refused"],
      "choigou.txt": ["waiting", "sending", "created"],
    });
    expect(await imports.item("photo.txt").locator(".import-status").textContent()).toBe("Refusé");
    expect(await imports.item("photo.txt").locator(".import-error").textContent()).toBe("photo.txt : fichier binaire (il contient des octets nuls) ; texte UTF-8 attendu.");
    expect(await imports.item("kim.txt").locator(".import-status").textContent()).toBe("Créé");
    // Nothing of the refused file; the others stored, the chosen English with its article.
    const stored = await documents();
    expect(stored.map((d) => d.importedFrom)).toEqual(["kim.txt", "choigou.txt"]);
    const kim = await web.app.temp.db.document.findFirstOrThrow({ where: { importedFrom: "kim.txt" }, include: { _count: { select: { targetParagraphs: true } } } });
    expect(kim._count.targetParagraphs).toBeGreaterThan(20);
  });

  it("takes an upload over 10 MB, which Next.js would cut short by default", async () => {
    await mayWrite();
    const paragraph = "La Seine accueille les nageurs à Bercy, sous l’œil des maîtres-nageurs. ".repeat(70);
    const big = `Un très long article\n\n${Array.from({ length: 2100 }, (_, i) => `${i + 1}. ${paragraph}`).join("\n\n")}\n`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(10.5 * 1024 * 1024);
    const imports = new ImportPage(web.page);
    await imports.open("en");
    await imports.form("files").locator('input[name="files"]').setInputFiles([file("long.txt", big)]);
    await imports.form("files").locator('button[type="submit"]').click();
    await web.page.waitForSelector('.import-item[data-name="long.txt"]:is([data-status="created"], [data-status="refused"])', { timeout: 100_000 });
    expect(await imports.item("long.txt").getAttribute("data-status")).toBe("created");
    const doc = await web.app.temp.db.document.findFirstOrThrow({ where: { importedFrom: "long.txt" }, include: { _count: { select: { sourceParagraphs: true } } } });
    expect(doc._count.sourceParagraphs).toBe(2101);
  });

  it("imports pasted French and English; refused text stays in the boxes", async () => {
    await mayWrite();
    const imports = new ImportPage(web.page);
    await imports.open("fr");
    const paste = imports.form("paste");
    await paste.locator('textarea[name="french"]').fill(article("Collé depuis le navigateur"));
    await paste.locator('textarea[name="english"]').fill(english("Pasted from the browser"));
    await paste.locator('button[type="submit"]').click();
    await paste.locator('.import-item[data-status="created"]').waitFor();
    expect(await paste.locator(".import-item .import-status").textContent()).toBe("Créé");
    expect(await paste.locator("a.import-document").textContent()).toBe("Collé depuis le navigateur");
    const [doc] = await documents();
    expect(doc.importedFrom).toBeNull();
    expect(await web.app.temp.db.targetParagraph.count({ where: { document: { slug: doc.slug } } })).toBe(4);

    const bad = "Un titre\n\nUn caractère de contrôle \u0007 ici.";
    await paste.locator('textarea[name="french"]').fill(bad);
    await paste.locator('button[type="submit"]').click();
    await paste.locator('.import-item[data-status="refused"]').waitFor();
    // Pasted text goes by the form's label, in the page's language.
    expect(await paste.locator(".import-error").textContent()).toBe("Texte français : fichier binaire (caractère de contrôle U+0007 à la ligne 3) ; texte UTF-8 attendu.");
    expect(await paste.locator('textarea[name="french"]').inputValue()).toBe(bad);
    expect(await documents()).toHaveLength(1);
  });

  it("says why an import is refused in the interface's language, naming the form's field and option (French interface)", async () => {
    await mayWrite();
    const imports = new ImportPage(web.page);
    await imports.open("fr");
    const paste = imports.form("paste");
    const french = article("Relu avant le nouvel import");
    await paste.locator('textarea[name="french"]').fill(french);
    await paste.locator('textarea[name="english"]').fill(english("Reviewed before the new import"));
    await paste.locator('button[type="submit"]').click();
    await paste.locator('.import-item[data-status="created"]').waitFor();
    const [doc] = await documents();
    // A person reviewed the English in the reader; a new English would replace all four paragraphs.
    await web.app.temp.db.targetParagraph.updateMany({ where: { document: { slug: doc.slug } }, data: { status: "reviewed" } });

    await paste.locator('textarea[name="english"]').fill(english("Another English altogether"));
    await paste.locator('button[type="submit"]').click();
    await paste.locator('.import-item[data-status="refused"]').waitFor();
    expect(await paste.locator(".import-error").textContent()).toBe(
      "Traduction anglaise : le nouvel anglais remplacerait 4 paragraphes corrigés ou relus dans le lecteur ; " +
        "cochez « Laisser le nouvel anglais remplacer des paragraphes corrigés ou relus dans le lecteur » pour les remplacer quand même.",
    );
    expect(await web.app.temp.db.targetParagraph.count({ where: { document: { slug: doc.slug }, status: "reviewed" } })).toBe(4);

    // The option it names lets the new English in.
    await paste.locator("summary").click();
    // Named in the interface's words, not as the command line's flags.
    expect(await paste.locator(".import-options").textContent()).not.toMatch(/--replace/);
    await paste.locator('input[name="replaceEdited"]').check();
    await paste.locator('button[type="submit"]').click();
    await paste.locator('.import-item[data-status="updated"]').waitFor();

    // A field left empty, in the language of the page the action is called from.
    const form = new FormData();
    form.set("mode", "url");
    form.set("url", "");
    const cookie = { headers: { cookie: `editor_token=${TOKEN}` } };
    const inFrench = await callAction(web.app.baseUrl, "/fr/import", "importArticles", [{ status: "idle" }, form], cookie);
    expect(inFrench.text).toContain('"code":"invalid","message":"Adresse : à remplir."');
    const inEnglish = await callAction(web.app.baseUrl, "/en/import", "importArticles", [{ status: "idle" }, form], cookie);
    expect(inEnglish.text).toContain('"code":"invalid","message":"Address: required."');

    // What is wrong inside an uploaded file, in the page's language, naming the file and the line.
    const tmx = new FormData();
    tmx.set("mode", "files");
    tmx.append("files", new File([`<tmx version="1.4">\n<header srclang="fr"/>\n<body>\n<tu><tuv xml:lang="fr"><seg>Un</seg></tuv></tu>\n</body></tmx>`], "seul.tmx"));
    const oneSided = await callAction(web.app.baseUrl, "/fr/import", "importArticles", [{ status: "idle" }, tmx], cookie);
    expect(oneSided.text).toContain('"refused":"seul.tmx, ligne 4 : <tu> n’a qu’un <tuv> ; une unité de traduction a besoin d’une source et d’une cible."');
    expect(await documents()).toHaveLength(1);
  });

  it("fetches a web page the server can reach, and names the address it could not fetch", async () => {
    await mayWrite();
    const imports = new ImportPage(web.page);
    await imports.open("en");
    const url = imports.form("url");
    await url.locator('input[name="url"]').fill(`${pagesBase}/orages.html`);
    await url.locator('button[type="submit"]').click();
    await url.locator('.import-item[data-status="created"]').waitFor();
    expect(await url.locator("a.import-document").textContent()).toBe("Orages sur Lyon");

    await url.locator('input[name="url"]').fill(`${pagesBase}/missing.html`);
    await url.locator('button[type="submit"]').click();
    await url.locator('.import-item[data-status="refused"]').waitFor();
    expect(await url.locator(".import-error").textContent()).toMatch(new RegExp(`^${pagesBase}/missing\\.html: .*404`));
    expect(await url.locator('input[name="url"]').inputValue()).toBe(`${pagesBase}/missing.html`);
    expect(await documents()).toHaveLength(1);
  });

  it("works without JavaScript: every chosen file in one request, the answers on the page", async () => {
    const context = await web.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    try {
      await mayWrite(plain);
      await plain.goto(`${web.app.baseUrl}/en/import`);
      const form = plain.locator('form[data-mode="files"]');
      await form.locator('input[name="files"]').setInputFiles([file("sans-script.txt", article("Sans script")), file("sans-script.en.txt", english("Without script")), file("empty.md", "  \n")]);
      await Promise.all([plain.waitForLoadState("load"), form.locator('button[type="submit"]').click()]);
      await plain.locator('.import-item[data-status="created"]').waitFor();
      expect(await plain.locator(".import-item").evaluateAll((items) => items.map((li) => [li.querySelector(".import-name")?.textContent, (li as HTMLElement).dataset.status]))).toEqual([
        ["sans-script.txt", "created"],
        ["empty.md", "refused"],
      ]);
      expect(await plain.textContent(".import-error")).toBe("empty.md: empty file, nothing to import.");
      const [doc] = await documents();
      expect(await web.app.temp.db.targetParagraph.count({ where: { document: { slug: doc.slug } } })).toBe(4);
    } finally {
      await context.close();
    }
  });
});

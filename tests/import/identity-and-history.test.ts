import fs from "node:fs";
import path from "node:path";
import { archivedParagraphsOf, listArchivedParagraphs } from "../../lib/documents/archived";
import { saveTranslation } from "../../lib/editing/save-translation";
import { exportChunks } from "../../lib/export/export";
import { importFile } from "../../lib/import/import-file";
import { slugify } from "../../lib/text/slug";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

jest.setTimeout(120_000);

let temp: TempDb;
beforeAll(async () => (temp = await createTempDb()));
afterAll(() => temp.close());

const write = (name: string, text: string) => {
  const file = path.join(temp.dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const article = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join("\n\n") + "\n";

describe("document identity (issue 12, finding 2)", () => {
  it("gives titles in any script a slug of their own", () => {
    expect(slugify("Новости дня")).toBe("novosti-dnya");
    expect(slugify("北京新闻")).toMatch(/^[a-z0-9-]+$/);
    // Nothing to transliterate: a short hash of the title, not one shared word.
    expect(slugify("« … »")).toMatch(/^document-[0-9a-f]{8}$/);
    expect(slugify("« … »")).not.toBe(slugify("« — »"));
  });

  it("never lets unrelated articles with non-Latin or empty titles replace each other", async () => {
    const first = await importFile(temp.db, write("a/ru1.txt", article("Новости дня", "Первая статья о погоде.", "Дождь в Москве.")));
    const second = await importFile(temp.db, write("b/ru2.txt", article("Новости дня", "Вторая статья о футболе.", "Спартак выиграл.")));
    const third = await importFile(temp.db, write("c/q1.txt", article("« … »", "Un premier texte.")));
    const fourth = await importFile(temp.db, write("d/q2.txt", article("« … »", "Un tout autre texte.")));
    for (const result of [first, second, third, fourth]) expect(result.outcome).toBe("created");
    expect(new Set([first.slug, second.slug, third.slug, fourth.slug]).size).toBe(4);
    expect(await temp.db.sourceParagraph.count({ where: { documentId: first.documentId } })).toBe(3);
  });

  it("updates the same article from the same file, and spares a different article with the same file name", async () => {
    const original = await importFile(temp.db, write("x/article.txt", article("Grève à la SNCF", "Les trains sont à l'arrêt.", "Les syndicats appellent à manifester.")));
    const updated = await importFile(temp.db, write("x/article.txt", article("Grève à la SNCF", "Les trains sont à l'arrêt.", "Les syndicats appellent à manifester jeudi.")));
    expect(updated).toMatchObject({ outcome: "updated", slug: original.slug });

    const other = await importFile(temp.db, write("y/article.txt", article("Incendies en Grèce", "Le feu progresse vers Athènes.")));
    expect(other.outcome).toBe("created");
    expect(other.slug).not.toBe(original.slug);
    expect(other.spared).toEqual({ slug: original.slug, title: "Grève à la SNCF" });
    expect(await temp.db.sourceParagraph.count({ where: { documentId: original.documentId } })).toBe(3);
  });

  it("replaces a different article only when asked (--replace)", async () => {
    const before = await importFile(temp.db, write("z/note.txt", article("Marchés financiers", "Le CAC 40 recule.")));
    const cli = runScript("import", [write("w/note.txt", article("Météo du jour", "Du soleil partout.")), "--replace", "--no-align"], { DATABASE_URL: temp.url });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`${before.slug}: updated`);
    expect((await temp.db.document.findUniqueOrThrow({ where: { id: before.documentId } })).titleFr).toBe("Météo du jour");
  });
});

describe("history that stays (issue 12, finding 3)", () => {
  it("archives the paragraphs a re-import removes, with every revision, listed and exported", async () => {
    const fr = write("h/dispatch.txt", article("Sommet de l'Otan", "Les alliés se réunissent à La Haye.", "Le budget de la défense augmente.", "Une photo du sommet."));
    const en = write("h/dispatch.en.txt", article("NATO summit", "The allies meet in The Hague.", "Defence budgets are rising.", "A photo of the summit."));
    const first = await importFile(temp.db, fr, { en });
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId: first.documentId, text: "Defence budgets are rising." } });
    await saveTranslation(temp.db, first.documentId, { paragraphId: paragraph.id, expectedVersion: paragraph.version, text: "Defence spending is rising.", status: "reviewed" });
    const revisions = await temp.db.revision.count();

    // The new English drops that paragraph (and the French one beside it changed).
    const en2 = write("h/dispatch2.en.txt", article("NATO summit", "The allies meet in The Hague.", "A photo of the summit."));
    const second = await importFile(temp.db, fr, { en: en2, replaceEdited: true });
    expect(second.english).toMatchObject({ removed: 1 });
    expect(await temp.db.targetParagraph.count({ where: { id: paragraph.id } })).toBe(0);
    expect(await temp.db.revision.count()).toBe(revisions);

    const archived = await listArchivedParagraphs(temp.db, first.documentId);
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({ side: "en", formerId: paragraph.id, text: "Defence spending is rising.", status: "reviewed", reason: "reimport" });
    expect(archived[0].revisions.map((r) => r.text)).toEqual(["Defence spending is rising.", "Defence budgets are rising."]);
    // As the archive page reads it, by slug.
    expect(await archivedParagraphsOf(temp.db, first.slug)).toEqual({ titleFr: "Sommet de l'Otan", paragraphs: archived });
    expect(await archivedParagraphsOf(temp.db, "no-such-document")).toBeNull();

    let json = "";
    for await (const chunk of await exportChunks(temp.db, { slug: first.slug, format: "json", sourceLang: "fr-FR", targetLang: "en-GB", warn: () => {} })) json += chunk;
    const exported = JSON.parse(json).documents[0].archived;
    expect(exported[0]).toMatchObject({ side: "en", text: "Defence spending is rising.", status: "reviewed" });
    expect(exported[0].revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it("refuses to delete an English paragraph with history any other way", async () => {
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { revisions: { some: {} } } });
    await expect(temp.db.targetParagraph.delete({ where: { id: paragraph.id } })).rejects.toThrow();
  });
});

describe("many files at once (issue 11)", () => {
  it("imports a folder, each article in its own transaction, going on past a bad file, with a summary", async () => {
    const folder = path.join(temp.dir, "batch");
    write("batch/one.fr.txt", article("Élections à Rome", "Le centre gauche l'emporte."));
    write("batch/one.en.txt", article("Elections in Rome", "The centre left wins."));
    write("batch/sub/two.md", "# Inflation dans la zone euro\n\nLes prix montent de 2,5 %.\n");
    write("batch/broken.txt", "\u0001\u0002\u0003\n");
    write("batch/notes.docx", "ignored: not an article extension");
    const documents = await temp.db.document.count();
    const result = runScript("import", [folder, "--no-align"], { DATABASE_URL: temp.url });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^refused: .*broken\.txt: binary file/m);
    expect(result.stdout).toMatch(/^3 articles: 2 imported \(2 created, 0 updated\), 0 unchanged, 1 refused$/m);
    expect(await temp.db.document.count()).toBe(documents + 2);
    const rome = await temp.db.document.findFirstOrThrow({ where: { titleFr: "Élections à Rome" } });
    expect(rome.titleEn).toBe("Elections in Rome");

    // Again: nothing changes, and the summary says so.
    const again = runScript("import", [folder, "--no-align"], { DATABASE_URL: temp.url });
    expect(again.stdout).toMatch(/^3 articles: 0 imported \(0 created, 0 updated\), 2 unchanged, 1 refused$/m);
  });
});

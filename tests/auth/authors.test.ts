import fs from "node:fs";
import path from "node:path";
import { addAccount } from "../../lib/auth/accounts";
import type { Actor } from "../../lib/auth/actor";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import { editAlignment, undoAlignmentEdit } from "../../lib/editing/edit-alignment";
import { listRevisions, restoreRevision } from "../../lib/editing/revisions";
import { saveTranslation } from "../../lib/editing/save-translation";
import { backgroundRefresh } from "../../lib/glossary/stored-flags";
import { performGlossaryWrite } from "../../lib/glossary/write-actions";
import { importFile } from "../../lib/import/import-file";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

const SLUG = "choigou-rencontre-kim-pyongyang";
let temp: TempDb;
let claire: Actor;
let documentId: number;

beforeAll(async () => {
  temp = await createTempDb();
  await loadSampleCorpus(temp.db);
  claire = { kind: "user", userId: (await addAccount(temp.db, { name: "Claire Dubois", role: "editor", password: "correct horse battery" })).id };
  documentId = (await temp.db.document.findUniqueOrThrow({ where: { slug: SLUG } })).id;
});
afterAll(() => temp.close());

describe("every write records who made it", () => {
  it("revisions: the history names the account, or the way of writing", async () => {
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId, position: 3 } });
    await saveTranslation(temp.db, documentId, { paragraphId: paragraph.id, expectedVersion: 1, text: "A corrected sentence.", status: "draft" }, claire);
    const first = await temp.db.revision.findFirstOrThrow({ where: { paragraphId: paragraph.id, version: 1 } });
    await restoreRevision(temp.db, documentId, { paragraphId: paragraph.id, revisionId: first.id, expectedVersion: 2 }, { kind: "token" });
    const history = await listRevisions(temp.db, documentId, paragraph.id);
    expect(history.map((r) => [r.version, r.author])).toEqual([
      [3, { kind: "token", name: null }],
      [2, { kind: "user", name: "Claire Dubois" }],
      // The sample corpus was imported by `db:setup`, a command.
      [1, { kind: "command", name: null }],
    ]);
    expect(await temp.db.revision.findFirstOrThrow({ where: { paragraphId: paragraph.id, version: 2 } })).toMatchObject({ actor: "user", userId: claire.kind === "user" ? claire.userId : -1 });
  });

  it("revisions written before authors were recorded show none", async () => {
    const paragraph = await temp.db.targetParagraph.findFirstOrThrow({ where: { documentId, position: 5 } });
    await temp.db.revision.updateMany({ where: { paragraphId: paragraph.id }, data: { actor: null } });
    expect((await listRevisions(temp.db, documentId, paragraph.id))[0].author).toBeNull();
  });

  it("alignment changes: who made the edit and who took it back", async () => {
    const french = await temp.db.sourceParagraph.findFirstOrThrow({ where: { documentId, position: 2 } });
    await editAlignment(temp.db, documentId, { op: "confirm", row: { side: "fr", paragraphId: french.id } }, claire);
    expect(await temp.db.alignmentChange.findFirstOrThrow({ where: { documentId }, orderBy: { id: "desc" } })).toMatchObject({ action: "confirm", actor: "user", undoneActor: null });
    await undoAlignmentEdit(temp.db, documentId, { kind: "local" });
    const change = await temp.db.alignmentChange.findFirstOrThrow({ where: { documentId }, orderBy: { id: "desc" }, include: { user: true } });
    expect(change).toMatchObject({ actor: "user", undoneActor: "local", undoneUserId: null, user: { name: "Claire Dubois" } });
  });

  it("imports: one record per import that wrote, with the revisions it made", async () => {
    const fr = path.join(temp.dir, "note.txt");
    const en = path.join(temp.dir, "note.en.txt");
    fs.writeFileSync(fr, "Une note\n\nPremier paragraphe.\n");
    fs.writeFileSync(en, "A note\n\nFirst paragraph.\n");
    const created = await importFile(temp.db, fr, { en, actor: claire });
    expect(await importFile(temp.db, fr, { en, actor: { kind: "token" } })).toMatchObject({ outcome: "unchanged" });
    fs.writeFileSync(en, "A note\n\nThe first paragraph.\n");
    await importFile(temp.db, fr, { en, actor: { kind: "token" }, replaceEdited: true });
    const imports = await temp.db.documentImport.findMany({ where: { documentId: created.documentId }, orderBy: { id: "asc" } });
    expect(imports.map((i) => [i.file, i.outcome, i.actor])).toEqual([
      ["note.txt", "created", "user"],
      ["note.txt", "updated", "token"],
    ]);
    // The changed paragraph was archived with its revision; its successor's first revision is the token's.
    const revisions = await temp.db.revision.findMany({
      where: { OR: [{ paragraph: { documentId: created.documentId } }, { archivedParagraph: { documentId: created.documentId } }] },
      orderBy: { id: "asc" },
    });
    expect(revisions.map((r) => r.actor)).toEqual(["user", "user", "token"]);
  });

  it("glossary changes: one row each, kept when the entry is deleted; an import is one row", async () => {
    const as = (actor: Actor) => async () => actor;
    expect(await performGlossaryWrite(temp.db, { action: "createEntry", kind: "place", fr: "Turin", en: "Turin" }, as(claire))).toMatchObject({ ok: true });
    const entry = await temp.db.glossaryEntry.findUniqueOrThrow({ where: { fr: "Turin" } });
    await performGlossaryWrite(temp.db, { action: "addVariant", entryId: entry.id, lang: "fr", text: "Torino" }, as(claire));
    await performGlossaryWrite(temp.db, { action: "deleteEntry", id: entry.id }, as({ kind: "token" }));
    await performGlossaryWrite(temp.db, { action: "importFile", name: "g.csv", content: "kind,fr,en\nplace,Naples,Naples\nplace,Gênes,Genoa\n" }, as(claire));
    const changes = await temp.db.glossaryChange.findMany({ where: { createdAt: { gte: entry.createdAt } }, orderBy: { id: "asc" }, include: { user: true } });
    expect(changes.map((c) => [c.action, c.entryId, c.subject, c.actor, c.user?.name ?? null])).toEqual([
      ["createEntry", entry.id, "Turin", "user", "Claire Dubois"],
      ["addVariant", entry.id, 'Turin: fr "Torino"', "user", "Claire Dubois"],
      ["deleteEntry", entry.id, "Turin", "token", null],
      ["importFile", null, "g.csv (2 created, 0 updated)", "user", "Claire Dubois"],
    ]);
  });

  it("the command line writes as `command`", async () => {
    const file = path.join(temp.dir, "more.csv");
    fs.writeFileSync(file, "kind,fr,en\nplace,Bari,Bari\n");
    // The page's writes check documents in the background: spawnSync would stall that mid-transaction.
    await backgroundRefresh();
    const result = runScript("glossary", ["import", file], { DATABASE_URL: temp.url });
    expect(result.stderr).toBe("");
    expect(await temp.db.glossaryChange.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({ action: "importFile", subject: "more.csv (1 created, 0 updated)", actor: "command", userId: null });
  });
});

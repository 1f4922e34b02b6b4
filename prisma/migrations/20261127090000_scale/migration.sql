-- CreateTable
CREATE TABLE "ArchivedParagraph" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "side" TEXT NOT NULL,
    "formerId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "origin" TEXT,
    "status" TEXT,
    "version" INTEGER,
    "reason" TEXT NOT NULL,
    "archivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArchivedParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryFlag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "linkId" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,
    "fr" TEXT NOT NULL,
    "frParagraphIds" JSONB NOT NULL,
    "enParagraphIds" JSONB NOT NULL,
    CONSTRAINT "GlossaryFlag_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GlossaryFlag_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryMention" (
    "documentId" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("documentId", "entryId"),
    CONSTRAINT "GlossaryMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GlossaryMention_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppCounter" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleEn" TEXT,
    "source" TEXT,
    "dateline" TEXT,
    "publishedOn" TEXT,
    "sourceLang" TEXT NOT NULL DEFAULT 'fr',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "importedFrom" TEXT,
    "sourceHash" TEXT NOT NULL,
    "contentVersion" INTEGER NOT NULL DEFAULT 0,
    "flagsGlossaryVersion" INTEGER,
    "titleKey" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Document" ("createdAt", "dateline", "id", "importedFrom", "publishedOn", "slug", "source", "sourceHash", "sourceLang", "targetLang", "titleEn", "titleFr", "updatedAt") SELECT "createdAt", "dateline", "id", "importedFrom", "publishedOn", "slug", "source", "sourceHash", "sourceLang", "targetLang", "titleEn", "titleFr", "updatedAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");
CREATE INDEX "Document_importedFrom_idx" ON "Document"("importedFrom");
CREATE INDEX "Document_publishedOn_createdAt_idx" ON "Document"("publishedOn", "createdAt");
CREATE INDEX "Document_titleKey_idx" ON "Document"("titleKey");
CREATE INDEX "Document_flagsGlossaryVersion_idx" ON "Document"("flagsGlossaryVersion");
CREATE TABLE "new_Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paragraphId" INTEGER,
    "archivedParagraphId" INTEGER,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "TargetParagraph" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Revision_archivedParagraphId_fkey" FOREIGN KEY ("archivedParagraphId") REFERENCES "ArchivedParagraph" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("createdAt", "id", "note", "origin", "paragraphId", "status", "text", "version") SELECT "createdAt", "id", "note", "origin", "paragraphId", "status", "text", "version" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_archivedParagraphId_idx" ON "Revision"("archivedParagraphId");
CREATE UNIQUE INDEX "Revision_paragraphId_version_key" ON "Revision"("paragraphId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ArchivedParagraph_documentId_archivedAt_idx" ON "ArchivedParagraph"("documentId", "archivedAt");

-- CreateIndex
CREATE INDEX "ArchivedParagraph_formerId_idx" ON "ArchivedParagraph"("formerId");

-- CreateIndex
CREATE INDEX "GlossaryFlag_documentId_idx" ON "GlossaryFlag"("documentId");

-- CreateIndex
CREATE INDEX "GlossaryFlag_entryId_idx" ON "GlossaryFlag"("entryId");

-- CreateIndex
CREATE INDEX "GlossaryMention_entryId_idx" ON "GlossaryMention"("entryId");

-- Every write to a document's paragraphs or links moves its content version (caches of
-- its rows are keyed by it) and marks its stored glossary flags stale, whichever process
-- or code path wrote: no writer can forget.
CREATE TRIGGER "SourceParagraph_touch_insert" AFTER INSERT ON "SourceParagraph" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = NEW."documentId";
END;
CREATE TRIGGER "SourceParagraph_touch_update" AFTER UPDATE ON "SourceParagraph" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = NEW."documentId";
END;
CREATE TRIGGER "SourceParagraph_touch_delete" AFTER DELETE ON "SourceParagraph" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = OLD."documentId";
END;
CREATE TRIGGER "TargetParagraph_touch_insert" AFTER INSERT ON "TargetParagraph" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = NEW."documentId";
END;
CREATE TRIGGER "TargetParagraph_touch_update" AFTER UPDATE ON "TargetParagraph" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = NEW."documentId";
END;
CREATE TRIGGER "TargetParagraph_touch_delete" AFTER DELETE ON "TargetParagraph" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = OLD."documentId";
END;
CREATE TRIGGER "AlignmentLink_touch_insert" AFTER INSERT ON "AlignmentLink" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = NEW."documentId";
END;
CREATE TRIGGER "AlignmentLink_touch_update" AFTER UPDATE ON "AlignmentLink" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = NEW."documentId";
END;
CREATE TRIGGER "AlignmentLink_touch_delete" AFTER DELETE ON "AlignmentLink" BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL WHERE "id" = OLD."documentId";
END;

-- Every glossary change moves the shared glossary version: stored flags and cached pages
-- computed against an older one are stale.
INSERT INTO "AppCounter" ("name", "value") VALUES ('glossary', 1);
CREATE TRIGGER "GlossaryEntry_version_insert" AFTER INSERT ON "GlossaryEntry" BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
END;
CREATE TRIGGER "GlossaryEntry_version_update" AFTER UPDATE ON "GlossaryEntry" BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
END;
CREATE TRIGGER "GlossaryEntry_version_delete" AFTER DELETE ON "GlossaryEntry" BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
END;
CREATE TRIGGER "GlossaryVariant_version_insert" AFTER INSERT ON "GlossaryVariant" BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
END;
CREATE TRIGGER "GlossaryVariant_version_update" AFTER UPDATE ON "GlossaryVariant" BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
END;
CREATE TRIGGER "GlossaryVariant_version_delete" AFTER DELETE ON "GlossaryVariant" BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
END;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SourceParagraph" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'body',
    "text" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "linkId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SourceParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceParagraph_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SourceParagraph_linkId_documentId_fkey" FOREIGN KEY ("linkId", "documentId") REFERENCES "AlignmentLink" ("id", "documentId") ON DELETE NO ACTION ON UPDATE NO ACTION
);
INSERT INTO "new_SourceParagraph" ("createdAt", "documentId", "hash", "id", "kind", "linkId", "position", "text", "updatedAt") SELECT "createdAt", "documentId", "hash", "id", "kind", "linkId", "position", "text", "updatedAt" FROM "SourceParagraph";
DROP TABLE "SourceParagraph";
ALTER TABLE "new_SourceParagraph" RENAME TO "SourceParagraph";
CREATE INDEX "SourceParagraph_documentId_position_idx" ON "SourceParagraph"("documentId", "position");
CREATE INDEX "SourceParagraph_linkId_idx" ON "SourceParagraph"("linkId");
CREATE INDEX "SourceParagraph_hash_idx" ON "SourceParagraph"("hash");
CREATE TABLE "new_TargetParagraph" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'body',
    "text" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'imported',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "linkId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TargetParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TargetParagraph_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TargetParagraph_linkId_documentId_fkey" FOREIGN KEY ("linkId", "documentId") REFERENCES "AlignmentLink" ("id", "documentId") ON DELETE NO ACTION ON UPDATE NO ACTION
);
INSERT INTO "new_TargetParagraph" ("createdAt", "documentId", "hash", "id", "kind", "linkId", "origin", "position", "status", "text", "updatedAt", "version") SELECT "createdAt", "documentId", "hash", "id", "kind", "linkId", "origin", "position", "status", "text", "updatedAt", "version" FROM "TargetParagraph";
DROP TABLE "TargetParagraph";
ALTER TABLE "new_TargetParagraph" RENAME TO "TargetParagraph";
CREATE INDEX "TargetParagraph_documentId_position_idx" ON "TargetParagraph"("documentId", "position");
CREATE INDEX "TargetParagraph_linkId_idx" ON "TargetParagraph"("linkId");
CREATE TABLE "new_MemoryUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceKey" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "targetHash" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL DEFAULT 'fr',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "documentId" INTEGER,
    "useCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MemoryUnit_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Hand-edited: targetHash filled from the text (sha256_hex is registered by lib/db/dialect/sqlite.ts,
-- the runner's connection; lib/memory/memory.ts computes the same hash).
INSERT INTO "new_MemoryUnit" ("createdAt", "documentId", "id", "sourceKey", "sourceLang", "sourceText", "targetLang", "targetText", "targetHash", "updatedAt", "useCount") SELECT "createdAt", "documentId", "id", "sourceKey", "sourceLang", "sourceText", "targetLang", "targetText", sha256_hex("targetText"), "updatedAt", "useCount" FROM "MemoryUnit";
DROP TABLE "MemoryUnit";
ALTER TABLE "new_MemoryUnit" RENAME TO "MemoryUnit";
CREATE INDEX "MemoryUnit_sourceKey_idx" ON "MemoryUnit"("sourceKey");
CREATE INDEX "MemoryUnit_documentId_idx" ON "MemoryUnit"("documentId");
CREATE UNIQUE INDEX "MemoryUnit_sourceKey_targetHash_key" ON "MemoryUnit"("sourceKey", "targetHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AlignmentLink_id_documentId_key" ON "AlignmentLink"("id", "documentId");

-- Hand-edited: rebuilding a table drops its triggers; these are 20261127090000_scale's, as they were.
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

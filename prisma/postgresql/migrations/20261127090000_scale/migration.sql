-- DropForeignKey
ALTER TABLE "Revision" DROP CONSTRAINT "Revision_paragraphId_fkey";

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "contentVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "flagsGlossaryVersion" INTEGER,
ADD COLUMN     "titleKey" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "archivedParagraphId" INTEGER,
ALTER COLUMN "paragraphId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ArchivedParagraph" (
    "id" SERIAL NOT NULL,
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
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArchivedParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryFlag" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "linkId" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,
    "fr" TEXT NOT NULL,
    "frParagraphIds" JSONB NOT NULL,
    "enParagraphIds" JSONB NOT NULL,

    CONSTRAINT "GlossaryFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryMention" (
    "documentId" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "GlossaryMention_pkey" PRIMARY KEY ("documentId","entryId")
);

-- CreateTable
CREATE TABLE "AppCounter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppCounter_pkey" PRIMARY KEY ("name")
);

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

-- CreateIndex
CREATE INDEX "Document_publishedOn_createdAt_idx" ON "Document"("publishedOn", "createdAt");

-- CreateIndex
CREATE INDEX "Document_titleKey_idx" ON "Document"("titleKey");

-- CreateIndex
CREATE INDEX "Document_flagsGlossaryVersion_idx" ON "Document"("flagsGlossaryVersion");

-- CreateIndex
CREATE INDEX "Revision_archivedParagraphId_idx" ON "Revision"("archivedParagraphId");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "TargetParagraph"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_archivedParagraphId_fkey" FOREIGN KEY ("archivedParagraphId") REFERENCES "ArchivedParagraph"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchivedParagraph" ADD CONSTRAINT "ArchivedParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryFlag" ADD CONSTRAINT "GlossaryFlag_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryFlag" ADD CONSTRAINT "GlossaryFlag_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryMention" ADD CONSTRAINT "GlossaryMention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryMention" ADD CONSTRAINT "GlossaryMention_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-ported from the SQLite migration of the same name: the same triggers, as PL/pgSQL.
-- Every write to a document's paragraphs or links moves its content version (caches of
-- its rows are keyed by it) and marks its stored glossary flags stale, whichever process
-- or code path wrote: no writer can forget.
-- Statement-level with transition tables: an import of 50,000 paragraphs moves the
-- document's version once per statement, not once per row.
CREATE FUNCTION "touch_documents_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL
  WHERE "id" IN (SELECT DISTINCT "documentId" FROM new_rows);
  RETURN NULL;
END
$$;
CREATE FUNCTION "touch_documents_old"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Document" SET "contentVersion" = "contentVersion" + 1, "flagsGlossaryVersion" = NULL
  WHERE "id" IN (SELECT DISTINCT "documentId" FROM old_rows);
  RETURN NULL;
END
$$;
CREATE TRIGGER "SourceParagraph_touch_insert" AFTER INSERT ON "SourceParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_new"();
CREATE TRIGGER "SourceParagraph_touch_update" AFTER UPDATE ON "SourceParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_new"();
CREATE TRIGGER "SourceParagraph_touch_delete" AFTER DELETE ON "SourceParagraph" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_old"();
CREATE TRIGGER "TargetParagraph_touch_insert" AFTER INSERT ON "TargetParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_new"();
CREATE TRIGGER "TargetParagraph_touch_update" AFTER UPDATE ON "TargetParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_new"();
CREATE TRIGGER "TargetParagraph_touch_delete" AFTER DELETE ON "TargetParagraph" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_old"();
CREATE TRIGGER "AlignmentLink_touch_insert" AFTER INSERT ON "AlignmentLink" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_new"();
CREATE TRIGGER "AlignmentLink_touch_update" AFTER UPDATE ON "AlignmentLink" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_new"();
CREATE TRIGGER "AlignmentLink_touch_delete" AFTER DELETE ON "AlignmentLink" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "touch_documents_old"();

-- Every glossary change moves the shared glossary version: stored flags and cached pages
-- computed against an older one are stale.
INSERT INTO "AppCounter" ("name", "value") VALUES ('glossary', 1);
CREATE FUNCTION "touch_glossary"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AppCounter" SET "value" = "value" + 1 WHERE "name" = 'glossary';
  RETURN NULL;
END
$$;
CREATE TRIGGER "GlossaryEntry_version" AFTER INSERT OR UPDATE OR DELETE ON "GlossaryEntry" FOR EACH ROW EXECUTE FUNCTION "touch_glossary"();
CREATE TRIGGER "GlossaryVariant_version" AFTER INSERT OR UPDATE OR DELETE ON "GlossaryVariant" FOR EACH ROW EXECUTE FUNCTION "touch_glossary"();

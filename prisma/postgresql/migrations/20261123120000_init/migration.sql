-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceParagraph" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'body',
    "text" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "linkId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetParagraph" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'body',
    "text" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'imported',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "linkId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TargetParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "paragraphId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlignmentLink" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "method" TEXT NOT NULL,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlignmentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlignmentChange" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "AlignmentChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MachineTranslation" (
    "id" SERIAL NOT NULL,
    "sourceParagraphId" INTEGER NOT NULL,
    "engine" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MachineTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "fr" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryVariant" (
    "id" SERIAL NOT NULL,
    "entryId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "GlossaryVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryCandidate" (
    "id" SERIAL NOT NULL,
    "fr" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "variants" JSONB NOT NULL,
    "en" TEXT,
    "documents" JSONB NOT NULL,
    "occurrences" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeeplGlossary" (
    "id" SERIAL NOT NULL,
    "deeplId" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL,
    "targetLang" TEXT NOT NULL,
    "entriesHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeeplGlossary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" SERIAL NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "targetText" TEXT NOT NULL,
    "sourceLang" TEXT NOT NULL DEFAULT 'fr',
    "targetLang" TEXT NOT NULL DEFAULT 'en',
    "documentId" INTEGER,
    "useCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE INDEX "Document_importedFrom_idx" ON "Document"("importedFrom");

-- CreateIndex
CREATE INDEX "SourceParagraph_documentId_position_idx" ON "SourceParagraph"("documentId", "position");

-- CreateIndex
CREATE INDEX "SourceParagraph_linkId_idx" ON "SourceParagraph"("linkId");

-- CreateIndex
CREATE INDEX "SourceParagraph_hash_idx" ON "SourceParagraph"("hash");

-- CreateIndex
CREATE INDEX "TargetParagraph_documentId_position_idx" ON "TargetParagraph"("documentId", "position");

-- CreateIndex
CREATE INDEX "TargetParagraph_linkId_idx" ON "TargetParagraph"("linkId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_paragraphId_version_key" ON "Revision"("paragraphId", "version");

-- CreateIndex
CREATE INDEX "AlignmentLink_documentId_position_idx" ON "AlignmentLink"("documentId", "position");

-- CreateIndex
CREATE INDEX "AlignmentChange_documentId_createdAt_idx" ON "AlignmentChange"("documentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MachineTranslation_sourceParagraphId_engine_targetLang_key" ON "MachineTranslation"("sourceParagraphId", "engine", "targetLang");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_fr_key" ON "GlossaryEntry"("fr");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryVariant_entryId_lang_text_key" ON "GlossaryVariant"("entryId", "lang", "text");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryCandidate_fr_key" ON "GlossaryCandidate"("fr");

-- CreateIndex
CREATE UNIQUE INDEX "DeeplGlossary_deeplId_key" ON "DeeplGlossary"("deeplId");

-- CreateIndex
CREATE INDEX "DeeplGlossary_sourceLang_targetLang_entriesHash_idx" ON "DeeplGlossary"("sourceLang", "targetLang", "entriesHash");

-- CreateIndex
CREATE INDEX "MemoryUnit_sourceKey_idx" ON "MemoryUnit"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryUnit_sourceKey_targetText_key" ON "MemoryUnit"("sourceKey", "targetText");

-- AddForeignKey
ALTER TABLE "SourceParagraph" ADD CONSTRAINT "SourceParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceParagraph" ADD CONSTRAINT "SourceParagraph_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetParagraph" ADD CONSTRAINT "TargetParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetParagraph" ADD CONSTRAINT "TargetParagraph_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "TargetParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentLink" ADD CONSTRAINT "AlignmentLink_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentChange" ADD CONSTRAINT "AlignmentChange_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MachineTranslation" ADD CONSTRAINT "MachineTranslation_sourceParagraphId_fkey" FOREIGN KEY ("sourceParagraphId") REFERENCES "SourceParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryVariant" ADD CONSTRAINT "GlossaryVariant_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryUnit" ADD CONSTRAINT "MemoryUnit_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;


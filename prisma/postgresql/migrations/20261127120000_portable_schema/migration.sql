-- DropIndex
DROP INDEX "MemoryUnit_sourceKey_targetText_key";

-- AlterTable (hand-edited: existing units get the hash lib/memory/memory.ts computes)
ALTER TABLE "MemoryUnit" ADD COLUMN     "targetHash" TEXT;
UPDATE "MemoryUnit" SET "targetHash" = encode(sha256(convert_to("targetText", 'UTF8')), 'hex');
ALTER TABLE "MemoryUnit" ALTER COLUMN "targetHash" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AlignmentLink_id_documentId_key" ON "AlignmentLink"("id", "documentId");

-- CreateIndex
CREATE INDEX "MemoryUnit_documentId_idx" ON "MemoryUnit"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryUnit_sourceKey_targetHash_key" ON "MemoryUnit"("sourceKey", "targetHash");

-- AddForeignKey
ALTER TABLE "SourceParagraph" ADD CONSTRAINT "SourceParagraph_linkId_documentId_fkey" FOREIGN KEY ("linkId", "documentId") REFERENCES "AlignmentLink"("id", "documentId") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TargetParagraph" ADD CONSTRAINT "TargetParagraph_linkId_documentId_fkey" FOREIGN KEY ("linkId", "documentId") REFERENCES "AlignmentLink"("id", "documentId") ON DELETE NO ACTION ON UPDATE NO ACTION;


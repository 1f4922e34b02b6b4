-- CreateTable
CREATE TABLE "SentenceAlignment" (
    "linkId" INTEGER NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "data" TEXT NOT NULL,

    CONSTRAINT "SentenceAlignment_pkey" PRIMARY KEY ("linkId")
);

-- AddForeignKey
ALTER TABLE "SentenceAlignment" ADD CONSTRAINT "SentenceAlignment_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "SentenceAlignment" (
    "linkId" INTEGER NOT NULL PRIMARY KEY,
    "sourceKey" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    CONSTRAINT "SentenceAlignment_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "AlignmentLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

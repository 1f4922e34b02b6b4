-- AlterTable
ALTER TABLE "Document" ADD COLUMN "byline" TEXT;
ALTER TABLE "Document" ADD COLUMN "kicker" TEXT;
ALTER TABLE "Document" ADD COLUMN "sourceUrl" TEXT;


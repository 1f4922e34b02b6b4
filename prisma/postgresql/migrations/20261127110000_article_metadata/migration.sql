-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "byline" TEXT,
ADD COLUMN     "kicker" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

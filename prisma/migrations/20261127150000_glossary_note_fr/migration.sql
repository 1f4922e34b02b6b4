-- AlterTable
ALTER TABLE "GlossaryEntry" ADD COLUMN "noteFr" TEXT;

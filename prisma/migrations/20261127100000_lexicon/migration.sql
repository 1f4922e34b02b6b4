
-- CreateTable
CREATE TABLE "LexiconEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fr" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "pairs" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "LexiconBuild" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "links" INTEGER NOT NULL,
    "latestLinkAt" DATETIME,
    "builtAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "LexiconEntry_fr_en_key" ON "LexiconEntry"("fr", "en");


-- CreateTable
CREATE TABLE "LexiconEntry" (
    "id" SERIAL NOT NULL,
    "fr" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "pairs" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "LexiconEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LexiconBuild" (
    "id" INTEGER NOT NULL,
    "links" INTEGER NOT NULL,
    "latestLinkAt" TIMESTAMP(3),
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LexiconBuild_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LexiconEntry_fr_en_key" ON "LexiconEntry"("fr", "en");

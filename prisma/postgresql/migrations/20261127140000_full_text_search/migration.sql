-- Hand-ported from the SQLite migration of the same name: full-text search of the
-- paragraphs' text (lib/search), which Prisma's schema cannot describe. One table per
-- side, of the same name as SQLite's FTS5 index, holding each paragraph's tsvector under
-- its id, with a GIN index; triggers keep it in step whichever process or code path
-- writes. A table of its own rather than a column of the paragraph tables: aligning
-- rewrites every paragraph's "linkId", and that must not recompute or re-index its text.
--
-- Words are runs of letters and digits; case and diacritics are ignored, the ligatures
-- œ, æ and ß spelt out (cœur = coeur, Choïgou = choigou), as lib/search/words.ts folds
-- the words of a query. No extension is needed (unaccent may be missing or not ours to
-- create): NFD, then the combining marks dropped. The 'simple' configuration: no stemming
-- and no stop words, the same in French and English, as SQLite's unicode61 tokenizer.
-- A paragraph's first 100,000 characters are indexed (a tsvector holds at most 1 MB).

CREATE FUNCTION "search_fold"("value" text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(
    replace(replace(replace(lower(regexp_replace(normalize("value", NFD), '[\u0300-\u036f]+', '', 'g')), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'),
    '[^[:alnum:]]+', ' ', 'g')
$$;

CREATE FUNCTION "search_vector"("value" text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT to_tsvector('simple'::regconfig, "search_fold"(left("value", 100000)))
$$;

CREATE TABLE "SourceParagraphSearch" (
    "id" INTEGER NOT NULL,
    "vector" tsvector NOT NULL,
    CONSTRAINT "SourceParagraphSearch_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SourceParagraphSearch_id_fkey" FOREIGN KEY ("id") REFERENCES "SourceParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "TargetParagraphSearch" (
    "id" INTEGER NOT NULL,
    "vector" tsvector NOT NULL,
    CONSTRAINT "TargetParagraphSearch_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TargetParagraphSearch_id_fkey" FOREIGN KEY ("id") REFERENCES "TargetParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- The paragraphs already stored, indexed once the rows are in.
INSERT INTO "SourceParagraphSearch" ("id", "vector") SELECT "id", "search_vector"("text") FROM "SourceParagraph";
INSERT INTO "TargetParagraphSearch" ("id", "vector") SELECT "id", "search_vector"("text") FROM "TargetParagraph";
CREATE INDEX "SourceParagraphSearch_vector_idx" ON "SourceParagraphSearch" USING gin ("vector");
CREATE INDEX "TargetParagraphSearch_vector_idx" ON "TargetParagraphSearch" USING gin ("vector");

-- New paragraphs, a statement at a time (an import inserts hundreds per statement);
-- changed text, a row at a time and only when the text changed; deletions cascade.
CREATE FUNCTION "SourceParagraph_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SourceParagraphSearch" ("id", "vector") SELECT "id", "search_vector"("text") FROM new_rows;
  RETURN NULL;
END
$$;
CREATE FUNCTION "SourceParagraph_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SourceParagraphSearch" SET "vector" = "search_vector"(NEW."text") WHERE "id" = NEW."id";
  RETURN NULL;
END
$$;
CREATE FUNCTION "TargetParagraph_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TargetParagraphSearch" ("id", "vector") SELECT "id", "search_vector"("text") FROM new_rows;
  RETURN NULL;
END
$$;
CREATE FUNCTION "TargetParagraph_search_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TargetParagraphSearch" SET "vector" = "search_vector"(NEW."text") WHERE "id" = NEW."id";
  RETURN NULL;
END
$$;
CREATE TRIGGER "SourceParagraph_search_insert" AFTER INSERT ON "SourceParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "SourceParagraph_search_insert"();
CREATE TRIGGER "SourceParagraph_search_update" AFTER UPDATE OF "text" ON "SourceParagraph" FOR EACH ROW WHEN (OLD."text" IS DISTINCT FROM NEW."text") EXECUTE FUNCTION "SourceParagraph_search_update"();
CREATE TRIGGER "TargetParagraph_search_insert" AFTER INSERT ON "TargetParagraph" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "TargetParagraph_search_insert"();
CREATE TRIGGER "TargetParagraph_search_update" AFTER UPDATE OF "text" ON "TargetParagraph" FOR EACH ROW WHEN (OLD."text" IS DISTINCT FROM NEW."text") EXECUTE FUNCTION "TargetParagraph_search_update"();

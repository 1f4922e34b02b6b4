-- Hand-written: full-text search of the paragraphs' text (lib/search), which Prisma's
-- schema cannot describe. One FTS5 index per side, contentless (the text stays in the
-- paragraph tables only), its rowid the paragraph's id, kept in step by the triggers
-- below whichever process or code path writes. The same table names hold PostgreSQL's
-- tsvector index (prisma/postgresql/migrations/20261127140000_full_text_search).
--
-- Words are runs of letters and digits; case and diacritics are ignored (unicode61
-- remove_diacritics 2: Choïgou = choigou); the ligatures œ, æ and ß are spelt out first
-- (cœur = coeur), as lib/search/words.ts folds the words of a query.
--
-- A migration that rebuilds "SourceParagraph" or "TargetParagraph" (Prisma's
-- RedefineTables) drops these triggers with the table: recreate them in it.

CREATE VIRTUAL TABLE "SourceParagraphSearch" USING fts5(
  "text", content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE "TargetParagraphSearch" USING fts5(
  "text", content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SourceParagraph_search_insert" AFTER INSERT ON "SourceParagraph" BEGIN
  INSERT INTO "SourceParagraphSearch" ("rowid", "text")
  VALUES (NEW."id", replace(replace(replace(replace(replace(replace(NEW."text", 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), 'ẞ', 'SS'));
END;
CREATE TRIGGER "SourceParagraph_search_update" AFTER UPDATE OF "text" ON "SourceParagraph" BEGIN
  DELETE FROM "SourceParagraphSearch" WHERE "rowid" = OLD."id";
  INSERT INTO "SourceParagraphSearch" ("rowid", "text")
  VALUES (NEW."id", replace(replace(replace(replace(replace(replace(NEW."text", 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), 'ẞ', 'SS'));
END;
CREATE TRIGGER "SourceParagraph_search_delete" AFTER DELETE ON "SourceParagraph" BEGIN
  DELETE FROM "SourceParagraphSearch" WHERE "rowid" = OLD."id";
END;

CREATE TRIGGER "TargetParagraph_search_insert" AFTER INSERT ON "TargetParagraph" BEGIN
  INSERT INTO "TargetParagraphSearch" ("rowid", "text")
  VALUES (NEW."id", replace(replace(replace(replace(replace(replace(NEW."text", 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), 'ẞ', 'SS'));
END;
CREATE TRIGGER "TargetParagraph_search_update" AFTER UPDATE OF "text" ON "TargetParagraph" BEGIN
  DELETE FROM "TargetParagraphSearch" WHERE "rowid" = OLD."id";
  INSERT INTO "TargetParagraphSearch" ("rowid", "text")
  VALUES (NEW."id", replace(replace(replace(replace(replace(replace(NEW."text", 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), 'ẞ', 'SS'));
END;
CREATE TRIGGER "TargetParagraph_search_delete" AFTER DELETE ON "TargetParagraph" BEGIN
  DELETE FROM "TargetParagraphSearch" WHERE "rowid" = OLD."id";
END;

-- The paragraphs already stored.
INSERT INTO "SourceParagraphSearch" ("rowid", "text")
SELECT "id", replace(replace(replace(replace(replace(replace("text", 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), 'ẞ', 'SS') FROM "SourceParagraph";
INSERT INTO "TargetParagraphSearch" ("rowid", "text")
SELECT "id", replace(replace(replace(replace(replace(replace("text", 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss'), 'ẞ', 'SS') FROM "TargetParagraph";

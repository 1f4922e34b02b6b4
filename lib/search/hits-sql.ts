import type { Dialect, FullTextTerm } from "../db/dialect/types";
import { Prisma } from "../generated/prisma/client";

/** One term's rows: French and English paragraphs holding it, as row keys. */
function termRows(dialect: Dialect, term: FullTextTerm, documentIds: readonly number[] | undefined): Prisma.Sql {
  const inDocument = documentIds === undefined ? Prisma.empty : Prisma.sql`AND p."documentId" IN (${Prisma.join(documentIds)})`;
  return Prisma.sql`SELECT p."documentId" AS "d", p."linkId" AS "l",
      CASE WHEN p."linkId" IS NULL THEN p."id" END AS "f", CAST(NULL AS INTEGER) AS "e"
    FROM "SourceParagraph" p WHERE p."id" IN (${dialect.searchParagraphIds("fr", term)}) ${inDocument}
    UNION
    SELECT p."documentId", p."linkId", CAST(NULL AS INTEGER), CASE WHEN p."linkId" IS NULL THEN p."id" END
    FROM "TargetParagraph" p WHERE p."id" IN (${dialect.searchParagraphIds("en", term)}) ${inDocument}`;
}

/**
 * `WITH …, "hits" AS (…)`, to be followed by a SELECT: the rows whose text holds every
 * term, each in its French or its English (a pair matches "Choïgou Shoigu"). A row is an
 * alignment link or a paragraph no link holds, keyed by "d" (its document), "l" (the
 * link; null for a lone paragraph) and "f" / "e" (the lone French or English paragraph).
 * Each term's rows come from the search index; rows are intersected across terms (NULLs
 * compare equal in set operations, on both databases). Portable SQL: only the index
 * lookups are the dialect's. `documentIds` keeps those documents' rows (a page's few).
 */
export function hitsCte(dialect: Dialect, terms: readonly FullTextTerm[], documentIds?: readonly number[]): Prisma.Sql {
  if (!terms.length) throw new Error("hitsCte: no term to search");
  if (documentIds?.length === 0) throw new Error("hitsCte: an empty list of documents");
  const parts = terms.map((term, i) => Prisma.sql`${Prisma.raw(`"t${i}"`)} AS (${termRows(dialect, term, documentIds)})`);
  const intersection = Prisma.join(
    terms.map((_, i) => Prisma.raw(`SELECT "d", "l", "f", "e" FROM "t${i}"`)),
    " INTERSECT ",
  );
  return Prisma.sql`WITH ${Prisma.join(parts, ", ")}, "hits" AS (${intersection})`;
}

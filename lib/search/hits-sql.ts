import type { Dialect, FullTextTerm } from "../db/dialect/types";
import { Prisma } from "../db/sql";

/** The paragraphs of one side that hold a term, as `FROM … p WHERE …`, with the index's query planned to suit. */
function matching(dialect: Dialect, side: "fr" | "en", term: FullTextTerm, documentIds: readonly number[] | undefined): Prisma.Sql {
  const table = Prisma.raw(side === "fr" ? '"SourceParagraph"' : '"TargetParagraph"');
  const ids = dialect.searchParagraphIds(side, term);
  // The whole library: the index's ids joined to the paragraphs (twice as fast as `IN`).
  // A few documents: their paragraphs, each looked up in the index's ids.
  return documentIds === undefined
    ? Prisma.sql`FROM (${ids}) m JOIN ${table} p ON p."id" = m."id"`
    : Prisma.sql`FROM ${table} p WHERE p."documentId" IN (${Prisma.join(documentIds)}) AND p."id" IN (${ids})`;
}

/** One term's rows: French and English paragraphs holding it, as row keys. */
function termRows(dialect: Dialect, term: FullTextTerm, documentIds: readonly number[] | undefined): Prisma.Sql {
  return Prisma.sql`SELECT p."documentId" AS "d", p."linkId" AS "l",
      CASE WHEN p."linkId" IS NULL THEN p."id" END AS "f", CAST(NULL AS INTEGER) AS "e"
    ${matching(dialect, "fr", term, documentIds)}
    UNION
    SELECT p."documentId", p."linkId", CAST(NULL AS INTEGER), CASE WHEN p."linkId" IS NULL THEN p."id" END
    ${matching(dialect, "en", term, documentIds)}`;
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

import { Prisma } from "../generated/prisma/client";
import type { Db, Tx } from "./client";
import { chunked } from "./chunks";

/** Tables filled in bulk and their columns; a fixed list, since names go into the SQL as is. */
const TABLES = {
  SourceParagraph: ["documentId", "position", "kind", "text", "hash", "linkId", "createdAt", "updatedAt"],
  TargetParagraph: ["documentId", "position", "kind", "text", "hash", "linkId", "origin", "status", "createdAt", "updatedAt"],
  AlignmentLink: ["documentId", "position", "score", "method", "locked", "createdAt", "updatedAt"],
  MemoryUnit: ["sourceKey", "sourceText", "targetText", "targetHash", "sourceLang", "targetLang", "documentId", "useCount", "createdAt", "updatedAt"],
} as const;
type Table = keyof typeof TABLES;
type Value = string | number | boolean | Date | null;
export type BulkRow<T extends Table> = { [C in (typeof TABLES)[T][number]]: Value };

/** Bound values per statement, under every driver's limit (SQLite 32,766). */
const VALUES_PER_STATEMENT = 5_000;

/**
 * Inserts many rows, a few hundred per multi-row INSERT. Prisma's createMany costs about
 * 250 µs a row through the driver adapter (50,000 paragraphs: 13 s); one raw statement
 * per few hundred rows costs under 40 µs a row. The statement is built as one Prisma.Sql
 * (placeholders written by Prisma for SQLite or PostgreSQL alike), not by nesting
 * Prisma.sql fragments, which is several times slower.
 */
export async function insertRows<T extends Table>(tx: Tx | Db, table: T, rows: readonly BulkRow<T>[]): Promise<void> {
  const columns = TABLES[table] as readonly string[];
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (`;
  for (const piece of chunked(rows, Math.floor(VALUES_PER_STATEMENT / columns.length))) {
    const values: Value[] = [];
    const strings: string[] = [head];
    piece.forEach((row, r) => {
      columns.forEach((column, c) => {
        values.push((row as Record<string, Value>)[column]);
        if (r > 0 || c > 0) strings.push(c === 0 ? "), (" : ", ");
      });
    });
    strings.push(")");
    await tx.$executeRaw(new Prisma.Sql(strings, values));
  }
}

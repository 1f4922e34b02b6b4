import { Prisma } from "../generated/prisma/client";
import type { Tx } from "./client";
import { chunked } from "./chunks";

/** Tables and integer columns set in bulk; a fixed list, since names go into the SQL as is. */
const COLUMNS = {
  SourceParagraph: ["position", "linkId"],
  TargetParagraph: ["position", "linkId"],
  AlignmentLink: ["position"],
} as const;
type Table = keyof typeof COLUMNS;
type Column<T extends Table> = (typeof COLUMNS)[T][number];

/** Rows per statement: two bound values each, well under every driver's limit. */
const ROWS_PER_STATEMENT = 200;

/**
 * Sets an integer column of many rows to a value of their own, a few hundred rows per
 * statement (one UPDATE … CASE id …), instead of one statement per row: renumbering or
 * re-linking 50,000 paragraphs takes 250 statements. Portable SQL (the CAST lets
 * PostgreSQL type the bound values).
 */
export async function setIntegers<T extends Table>(tx: Tx, table: T, column: Column<T>, values: readonly { id: number; value: number | null }[]): Promise<void> {
  const target = Prisma.raw(`"${table}"`);
  const field = Prisma.raw(`"${column}"`);
  for (const piece of chunked(values, ROWS_PER_STATEMENT)) {
    const cases = Prisma.join(
      piece.map((v) => Prisma.sql`WHEN ${v.id} THEN CAST(${v.value} AS INTEGER)`),
      " ",
    );
    await tx.$executeRaw`UPDATE ${target} SET ${field} = CASE "id" ${cases} END WHERE "id" IN (${Prisma.join(piece.map((v) => v.id))})`;
  }
}

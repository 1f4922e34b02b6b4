/**
 * The full-text index of the paragraphs' text (prisma/migrations/20261127140000_full_text_search):
 * one table per side, of the same name on both providers (an FTS5 table on SQLite, with
 * its shadow tables `NAME_data`, `NAME_idx`…; a tsvector table on PostgreSQL). They are
 * not Prisma models: derived data, kept by triggers, which schema comparisons and
 * whole-database snapshots leave out.
 */
export const SEARCH_TABLES = ["SourceParagraphSearch", "TargetParagraphSearch"] as const;

/** Whether a table belongs to the search index (one of SEARCH_TABLES or one of FTS5's shadow tables). */
export const isSearchTable = (name: string): boolean => SEARCH_TABLES.some((table) => name === table || name.startsWith(`${table}_`));

import type { Db } from "../db/client";

/** The versions a reader page depends on, as one cache key (see VersionedCache). */
export interface ReaderVersion {
  documentId: number;
  /** Document id, content version, update time, stored flags' version, glossary version: moves with every write that shows. */
  key: string;
}

type Row = { id: unknown; contentVersion: unknown; updatedAt: unknown; flagsGlossaryVersion: unknown; glossaryVersion: unknown };

/**
 * What lib/db/versions.ts documentVersion and glossaryVersion read, in one query: the only
 * database read of a reader request whose page is cached (a query costs more in Prisma's
 * machinery than in the database, so two become one). Null when no document has this slug.
 */
export async function readReaderVersion(db: Db, slug: string): Promise<ReaderVersion | null> {
  const rows: Row[] = await db.$queryRaw`SELECT d."id", d."contentVersion", d."updatedAt", d."flagsGlossaryVersion",
      (SELECT c."value" FROM "AppCounter" c WHERE c."name" = 'glossary') AS "glossaryVersion"
    FROM "Document" d WHERE d."slug" = ${slug}`;
  if (!rows.length) return null;
  const { id, contentVersion, updatedAt, flagsGlossaryVersion, glossaryVersion } = rows[0];
  const time = updatedAt instanceof Date ? updatedAt.getTime() : String(updatedAt);
  // The stored flags' version too: a finished glossary check changes the page's flag count.
  return { documentId: Number(id), key: `${id}:${contentVersion}:${time}:${flagsGlossaryVersion ?? "-"}:${glossaryVersion ?? 0}` };
}

/** The glossary version inside a key made by readReaderVersion. */
export const glossaryVersionOf = (version: ReaderVersion) => Number(version.key.slice(version.key.lastIndexOf(":") + 1));

import { setIntegers } from "../db/bulk-update";
import { insertRows } from "../db/bulk-insert";
import { chunked, inChunks } from "../db/chunks";
import { COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { UserError } from "../errors";
import { hashList, hashText } from "../text/normalize";
import type { TypedParagraph } from "../text/paragraph-kind";
import { slugify } from "../text/slug";
import { archiveParagraphs } from "./archive";
import type { ParsedArticle } from "./article";
import { titleKey } from "../documents/title-key";
import { findDocumentToUpdate, uniqueSlug } from "./document-identity";
import { writeFirstRevisions } from "./first-revisions";
import { recordImport } from "./import-record";
import { matchUnchanged } from "./match-unchanged";

export interface StoreOptions {
  /** Identifies the document; by default the imported file's name, then the title. */
  slug?: string;
  source?: string;
  /** Base name of the imported file. */
  importedFrom?: string;
  /** The English translation's paragraphs, stored as the document's English side. */
  english?: TypedParagraph[];
  /**
   * Allows the English file to replace English paragraphs a person corrected or reviewed
   * in the reader (and their history). Without it such an import is refused.
   */
  replaceEdited?: boolean;
  /**
   * Replace the document imported before from a file of the same name even when the new
   * text is a different article (by default that one is left alone and a new document made).
   */
  replace?: boolean;
  /** Who imports: recorded with the import and the revisions it writes (default: the command line). */
  actor?: Actor;
}

export interface SideChanges {
  kept: number;
  added: number;
  removed: number;
}

export interface StoreResult {
  documentId: number;
  slug: string;
  outcome: "created" | "updated" | "unchanged";
  french: SideChanges;
  english: SideChanges | null;
  /** A different article imported before under the same file name, which this import left alone. */
  spared?: { slug: string; title: string };
}

/** A paragraph row as re-imports compare it with the new text. */
export interface StoredParagraph {
  id: number;
  position: number;
  kind: string;
  text: string;
  hash: string;
  linkId: number | null;
}

type Side = "source" | "target";

const withHashes = (paragraphs: readonly TypedParagraph[]) =>
  paragraphs.map((p, position) => ({ ...p, position, hash: hashText(p.text) }));

const titleOf = (paragraphs: readonly TypedParagraph[] | undefined) =>
  paragraphs?.find((p) => p.kind === "title")?.text ?? null;

async function createParagraphs(tx: Tx, side: Side, documentId: number, paragraphs: ReturnType<typeof withHashes>, actor: Actor) {
  const now = new Date();
  const rows = paragraphs.map((p) => ({ documentId, position: p.position, kind: p.kind, text: p.text, hash: p.hash, linkId: null, createdAt: now, updatedAt: now }));
  if (side === "source") {
    await insertRows(tx, "SourceParagraph", rows);
    return;
  }
  await insertRows(tx, "TargetParagraph", rows.map((r) => ({ ...r, origin: "imported", status: "draft" })));
  // The imported text is each English paragraph's first revision.
  await writeFirstRevisions(tx, documentId, actor);
}

/**
 * Brings one side of a stored document in line with newly imported paragraphs. Paragraphs
 * whose text did not change keep their row (and so their English, revisions and links);
 * the others are archived (with their revisions: lib/import/archive.ts) or added. Links
 * that lose a paragraph are dropped for the aligner to redo. Returns what changed.
 */
async function syncSide(
  tx: Tx,
  side: Side,
  documentId: number,
  incoming: ReturnType<typeof withHashes>,
  actor: Actor,
  replaceEdited = false,
): Promise<SideChanges> {
  // Both paragraph tables have the columns used here, so one code path serves both sides.
  const table = (side === "source" ? tx.sourceParagraph : tx.targetParagraph) as unknown as Tx["sourceParagraph"];
  const existing: StoredParagraph[] = await table.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, text: true, hash: true, linkId: true },
  });
  const pairs = matchUnchanged(existing.map((p) => p.hash), incoming.map((p) => p.hash));
  const keptOld = new Set(pairs.map(([o]) => o));
  const keptNew = new Set(pairs.map(([, n]) => n));
  const removed = existing.filter((_, i) => !keptOld.has(i));
  if (side === "target" && removed.length && !replaceEdited) {
    const corrected = (
      await inChunks(removed.map((p) => p.id), (ids) =>
        tx.targetParagraph.findMany({ where: { id: { in: ids }, OR: [{ origin: "edited" }, { status: "reviewed" }] }, select: { id: true } }),
      )
    ).length;
    if (corrected) {
      throw new UserError({
        code: "editedEnglishReplaced",
        field: "english",
        values: { count: corrected },
        problem: `the new English would replace ${corrected} paragraph${corrected > 1 ? "s" : ""} corrected or reviewed in the reader`,
      });
    }
  }

  const brokenLinks = [...new Set(removed.map((p) => p.linkId).filter((id): id is number => id !== null))];
  for (const ids of chunked(brokenLinks)) await tx.alignmentLink.deleteMany({ where: { id: { in: ids } } });
  await archiveParagraphs(tx, side === "source" ? "fr" : "en", documentId, removed.map((p) => p.id), "reimport");
  const moved: { id: number; value: number }[] = [];
  for (const [o, n] of pairs) {
    const before = existing[o];
    const after = incoming[n];
    if (before.kind !== after.kind || before.text !== after.text) {
      await table.update({ where: { id: before.id }, data: { position: after.position, kind: after.kind, text: after.text } });
    } else if (before.position !== after.position) {
      moved.push({ id: before.id, value: after.position });
    }
  }
  // One paragraph added near the top moves every later one: renumbered in bulk.
  await setIntegers(tx, side === "source" ? "SourceParagraph" : "TargetParagraph", "position", moved);
  await createParagraphs(tx, side, documentId, incoming.filter((_, i) => !keptNew.has(i)), actor);
  return { kept: pairs.length, added: incoming.length - pairs.length, removed: removed.length };
}

const unchangedSide = (n: number): SideChanges => ({ kept: n, added: 0, removed: 0 });

/** Time one import may hold the write lock; 50,000 paragraphs a side take a few seconds. */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Stores an imported article in one transaction: a new document, or an update of the
 * document it was imported as before (see document-identity.ts: an unrelated article is
 * never replaced unless `replace` says so). Importing the same content again writes nothing.
 */
export async function storeArticle(db: Db, article: ParsedArticle, options: StoreOptions = {}): Promise<StoreResult> {
  const french = withHashes(article.paragraphs);
  const english = options.english ? withHashes(options.english) : undefined;
  const sourceHash = hashList(french.map((p) => p.hash));

  const actor = options.actor ?? COMMAND_ACTOR;
  return writeTransaction(
    db,
    async (tx) => {
      const result = await storeInTransaction(tx, article, options, french, english, sourceHash, actor);
      await recordImport(tx, result, options.importedFrom ?? null, actor);
      return result;
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}

async function storeInTransaction(
  tx: Tx,
  article: ParsedArticle,
  options: StoreOptions,
  french: ReturnType<typeof withHashes>,
  english: ReturnType<typeof withHashes> | undefined,
  sourceHash: string,
  actor: Actor,
): Promise<StoreResult> {
  {
    const { existing, spared } = await findDocumentToUpdate(tx, {
      slug: options.slug,
      importedFrom: options.importedFrom,
      title: article.title,
      paragraphs: french,
      replace: options.replace,
    });

    const metadata = {
      titleFr: article.title,
      dateline: article.dateline ?? null,
      publishedOn: article.publishedOn ?? null,
      kicker: article.kicker ?? null,
      byline: article.byline ?? null,
      sourceUrl: article.sourceUrl ?? null,
      // A source given once (--source) stays until another is given.
      source: options.source ?? article.source ?? existing?.source ?? null,
      importedFrom: options.importedFrom ?? existing?.importedFrom ?? null,
      sourceHash,
      ...(english ? { titleEn: titleOf(english) } : {}),
      titleKey: titleKey(article.title, english ? titleOf(english) : (existing?.titleEn ?? null)),
    };

    if (!existing) {
      const slug = options.slug ?? (await uniqueSlug(tx, slugify(article.title)));
      const doc = await tx.document.create({ data: { slug, ...metadata } });
      await createParagraphs(tx, "source", doc.id, french, actor);
      if (english) await createParagraphs(tx, "target", doc.id, english, actor);
      return {
        documentId: doc.id,
        slug,
        outcome: "created",
        french: { kept: 0, added: french.length, removed: 0 },
        english: english ? { kept: 0, added: english.length, removed: 0 } : null,
        ...(spared ? { spared: { slug: spared.slug, title: spared.titleFr } } : {}),
      };
    }

    const storedEnglish = english
      ? await tx.targetParagraph.findMany({ where: { documentId: existing.id }, orderBy: { position: "asc" }, select: { hash: true } })
      : [];
    const englishUnchanged = !english || hashList(storedEnglish.map((p) => p.hash)) === hashList(english.map((p) => p.hash));
    const metadataUnchanged = Object.entries(metadata).every(([key, value]) => existing[key as keyof typeof existing] === value);
    if (existing.sourceHash === sourceHash && englishUnchanged && metadataUnchanged) {
      return {
        documentId: existing.id,
        slug: existing.slug,
        outcome: "unchanged",
        french: unchangedSide(french.length),
        english: english ? unchangedSide(english.length) : null,
      };
    }

    const frenchChanges = await syncSide(tx, "source", existing.id, french, actor);
    const englishChanges = english ? await syncSide(tx, "target", existing.id, english, actor, options.replaceEdited) : null;
    await tx.document.update({ where: { id: existing.id }, data: metadata });
    return { documentId: existing.id, slug: existing.slug, outcome: "updated", french: frenchChanges, english: englishChanges };
  }
}

import { setIntegers } from "../db/bulk-update";
import { insertRows } from "../db/bulk-insert";
import { actorColumns, COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { titleKey } from "../documents/title-key";
import { addManyToMemory } from "../memory/memory";
import { hashList, hashText } from "../text/normalize";
import type { ParagraphKind } from "../text/paragraph-kind";
import { slugify } from "../text/slug";
import { archiveParagraphs } from "./archive";
import type { BilingualDocument, BilingualFile } from "./bilingual";
import { findDocumentToUpdate, uniqueSlug } from "./document-identity";
import { writeFirstRevisions } from "./first-revisions";
import { recordImport } from "./import-record";
import { matchUnchanged } from "./match-unchanged";
import type { SideChanges, StoredParagraph, StoreResult } from "./store-article";

export interface StoreBilingualOptions {
  /** Base name of the imported file: names a document the file does not name. */
  importedFrom: string;
  /** For a file holding one document: its slug (wins over the one in the file). */
  slug?: string;
  source?: string;
  /** Who imports: recorded with each document's import and the revisions it writes (default: the command line). */
  actor?: Actor;
}

/** Score of a link read from a file: a person (or their tool) confirmed it. */
const IMPORTED_SCORE = 1;
/** Paragraphs of an n:m pair are joined so in the memory, as lib/editing/remember-pairs.ts does. */
const MEMORY_JOIN = "\n";
/** A 10,000-unit file is stored in a few seconds; this leaves room on slow disks. */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * The file's pairs are confirmed pairs: they feed the translation memory, as a person's
 * confirmation in the reader does. Not those whose English is a machine translation, nor
 * pairs with an empty side.
 */
async function remember(tx: Tx, documentId: number, doc: BilingualDocument): Promise<void> {
  await addManyToMemory(
    tx,
    doc.links
      .filter((link) => !link.en.some((p) => p.status === "machine"))
      .map((link) => ({
        sourceText: link.fr.map((p) => p.text).join(MEMORY_JOIN),
        targetText: link.en.map((p) => p.text).join(MEMORY_JOIN),
        documentId,
      })),
  );
}

interface Wanted {
  kind: ParagraphKind;
  text: string;
  hash: string;
  position: number;
  status?: string;
  /** Index of the link in the file's order. */
  link: number;
}

function flatten(doc: BilingualDocument) {
  const fr: Wanted[] = [];
  const en: Wanted[] = [];
  doc.links.forEach((link, index) => {
    for (const p of link.fr) fr.push({ kind: p.kind, text: p.text, hash: hashText(p.text), position: fr.length, link: index });
    for (const p of link.en) en.push({ kind: p.kind, text: p.text, hash: hashText(p.text), position: en.length, status: p.status, link: index });
  });
  return { fr, en };
}

const titleOf = (paragraphs: Wanted[]) => (paragraphs.find((p) => p.kind === "title") ?? paragraphs[0])?.text ?? null;

interface Existing extends StoredParagraph {
  status?: string;
  version?: number;
}

/**
 * Brings one side in line with the file, each paragraph in its new link (`linkIds[i]` for
 * the file's link i). Unchanged paragraphs keep their rows; new ones are created in bulk.
 */
async function syncSide(tx: Tx, side: "fr" | "en", documentId: number, existing: Existing[], wanted: Wanted[], linkIds: number[], actor: Actor): Promise<SideChanges> {
  const model = (side === "fr" ? tx.sourceParagraph : tx.targetParagraph) as unknown as Tx["sourceParagraph"];
  const pairs = matchUnchanged(existing.map((p) => p.hash), wanted.map((p) => p.hash));
  const keptOld = new Set(pairs.map(([o]) => o));
  const removed = existing.filter((_, i) => !keptOld.has(i)).map((p) => p.id);
  await archiveParagraphs(tx, side, documentId, removed, "reimport");
  const positions: { id: number; value: number }[] = [];
  const links: { id: number; value: number }[] = [];
  for (const [o, n] of pairs) {
    const before = existing[o];
    const after = wanted[n];
    const place = { position: after.position, kind: after.kind, linkId: linkIds[after.link] };
    if (side === "fr" || (before.text === after.text && before.status === after.status)) {
      if (before.kind !== place.kind || before.text !== after.text) {
        await model.update({ where: { id: before.id }, data: { ...place, text: after.text } });
        continue;
      }
      // Only moved or re-linked (every kept paragraph is, when the links are the file's): in bulk.
      if (before.position !== place.position) positions.push({ id: before.id, value: place.position });
      if (before.linkId !== place.linkId) links.push({ id: before.id, value: place.linkId });
    } else {
      // A new text or status is a new version of the English paragraph, with its revision.
      const version = (before.version ?? 1) + 1;
      await tx.targetParagraph.update({
        where: { id: before.id },
        data: { ...place, text: after.text, status: after.status, origin: "imported", version },
      });
      await tx.revision.create({ data: { paragraphId: before.id, version, text: after.text, origin: "imported", status: after.status!, ...actorColumns(actor) } });
    }
  }
  const table = side === "fr" ? "SourceParagraph" : "TargetParagraph";
  await setIntegers(tx, table, "position", positions);
  await setIntegers(tx, table, "linkId", links);
  const keptNew = new Set(pairs.map(([, n]) => n));
  const added = wanted.filter((_, n) => !keptNew.has(n));
  const now = new Date();
  const rows = added.map((p) => ({ documentId, position: p.position, kind: p.kind, text: p.text, hash: p.hash, linkId: linkIds[p.link], createdAt: now, updatedAt: now }));
  if (side === "fr") {
    await insertRows(tx, "SourceParagraph", rows);
  } else {
    await insertRows(tx, "TargetParagraph", rows.map((r, i) => ({ ...r, origin: "imported", status: added[i].status! })));
    // The imported text is each new English paragraph's first revision.
    await writeFirstRevisions(tx, documentId, actor);
  }
  return { kept: pairs.length, added: added.length, removed: removed.length };
}

const sameParagraphs = (existing: Existing[], wanted: Wanted[]) =>
  existing.length === wanted.length &&
  existing.every((p, i) => p.text === wanted[i].text && p.kind === wanted[i].kind && p.status === wanted[i].status);

/**
 * The document a file's document updates. A slug the file or the person gives (--slug, our
 * TMX's x-document, XLIFF's original) names it; a slug made from the file's name only
 * finds the document imported from a file of that name with the same article in it (see
 * document-identity.ts), else a free slug is taken.
 */
async function slugFor(tx: Tx, named: { slug: string; explicit: boolean }, fr: Wanted[], options: StoreBilingualOptions): Promise<string> {
  if (named.explicit) return named.slug;
  const { existing } = await findDocumentToUpdate(tx, {
    importedFrom: options.importedFrom,
    title: titleOf(fr) ?? named.slug,
    paragraphs: fr,
  });
  return existing?.slug ?? (await uniqueSlug(tx, named.slug));
}

async function storeDocument(tx: Tx, doc: BilingualDocument, named: { slug: string; explicit: boolean }, options: StoreBilingualOptions, actor: Actor): Promise<StoreResult> {
  const { fr, en } = flatten(doc);
  const slug = await slugFor(tx, named, fr, options);
  const metadata = {
    titleFr: titleOf(fr) ?? slug,
    titleEn: titleOf(en),
    titleKey: titleKey(titleOf(fr) ?? slug, titleOf(en)),
    sourceHash: hashList(fr.map((p) => p.hash)),
    importedFrom: options.importedFrom,
    ...(options.source ? { source: options.source } : {}),
  };
  const existing = await tx.document.findUnique({ where: { slug } });
  const documentId = existing?.id ?? (await tx.document.create({ data: { slug, ...metadata } })).id;
  const select = { id: true, position: true, kind: true, text: true, hash: true, linkId: true } as const;
  const storedFr: Existing[] = existing
    ? await tx.sourceParagraph.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select })
    : [];
  const storedEn: Existing[] = existing
    ? await tx.targetParagraph.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { ...select, status: true, version: true } })
    : [];
  const storedLinks = existing
    ? await tx.alignmentLink.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] })
    : [];

  if (existing) {
    // Unchanged: same paragraphs, and every link is the file's, confirmed, in order.
    const linkIndex = new Map(storedLinks.map((l, i) => [l.id, i]));
    const linksMatch = (stored: Existing[], wanted: Wanted[]) =>
      stored.every((p, i) => p.linkId !== null && linkIndex.get(p.linkId) === wanted[i].link);
    const contentUnchanged =
      sameParagraphs(storedFr, fr) &&
      sameParagraphs(storedEn, en) &&
      storedLinks.length === doc.links.length &&
      storedLinks.every((l, i) => l.method === "import" && l.locked && l.position === i) &&
      linksMatch(storedFr, fr) &&
      linksMatch(storedEn, en);
    const metadataUnchanged = Object.entries(metadata).every(([key, value]) => existing[key as keyof typeof existing] === value);
    if (contentUnchanged) {
      // Same text and links from another file name (say, the XLIFF of a TMX): only the name changes.
      if (!metadataUnchanged) await tx.document.update({ where: { id: documentId }, data: metadata });
      return {
        documentId,
        slug,
        outcome: metadataUnchanged ? "unchanged" : "updated",
        french: { kept: fr.length, added: 0, removed: 0 },
        english: { kept: en.length, added: 0, removed: 0 },
      };
    }
  }

  // The file's links replace the document's: made first, so that paragraphs are written
  // once, straight into their link.
  if (storedLinks.length) await tx.alignmentLink.deleteMany({ where: { documentId } });
  const now = new Date();
  await insertRows(
    tx,
    "AlignmentLink",
    doc.links.map((_, position) => ({ documentId, position, score: IMPORTED_SCORE, method: "import", locked: true, createdAt: now, updatedAt: now })),
  );
  const linkIds: number[] = [];
  for (const link of await tx.alignmentLink.findMany({ where: { documentId }, select: { id: true, position: true } })) linkIds[link.position] = link.id;
  const french = await syncSide(tx, "fr", documentId, storedFr, fr, linkIds, actor);
  const english = await syncSide(tx, "en", documentId, storedEn, en, linkIds, actor);
  if (existing) await tx.document.update({ where: { id: documentId }, data: metadata });
  await remember(tx, documentId, doc);
  return { documentId, slug, outcome: existing ? "updated" : "created", french, english };
}

/**
 * Slugs for the file's documents: --slug for a one-document file, else the names the file
 * gives (explicit), else one made from the file name.
 */
function slugsOf(file: BilingualFile, options: StoreBilingualOptions): { slug: string; explicit: boolean }[] {
  const base = options.importedFrom.replace(/\.[^.]+$/, "");
  return file.documents.map((doc, i) => {
    if (options.slug && file.documents.length === 1) return { slug: options.slug, explicit: true };
    if (doc.slug?.trim()) return { slug: slugify(doc.slug.replace(/\.[^.]+$/, "")), explicit: true };
    return { slug: file.documents.length > 1 ? `${slugify(base)}-${i + 1}` : slugify(base), explicit: false };
  });
}

/**
 * Stores the documents of a TMX or XLIFF file in one transaction: each is created, or
 * updated to match the file (unchanged paragraphs keep their rows and history), with the
 * file's links, locked, method "import", and their pairs in the translation memory.
 * Importing the same file again writes nothing.
 */
export async function storeBilingual(db: Db, file: BilingualFile, options: StoreBilingualOptions): Promise<StoreResult[]> {
  const slugs = slugsOf(file, options);
  return writeTransaction(
    db,
    async (tx) => {
      const results: StoreResult[] = [];
      const actor = options.actor ?? COMMAND_ACTOR;
      for (const [i, doc] of file.documents.entries()) {
        const result = await storeDocument(tx, doc, slugs[i], options, actor);
        await recordImport(tx, result, options.importedFrom, actor);
        results.push(result);
      }
      return results;
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}

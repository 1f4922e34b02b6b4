import { setIntegers } from "../db/bulk-update";
import { insertRows } from "../db/bulk-insert";
import type { Db, Tx } from "../db/client";
import { writeTransaction } from "../db/write-transaction";
import { findDocumentBySlug } from "../documents/find-document";
import { UserError } from "../errors";
import { loadGlossaryTerms } from "../glossary/load-terms";
import type { GlossaryTerm } from "../glossary/matcher";
import type { ParagraphKind } from "../text/paragraph-kind";
import { alignParagraphs, AlignError } from "./align";
import { isLowConfidence } from "./confidence";
import type { Lexicon } from "./lexicon/learn";
import { lexiconFor } from "./lexicon/dictionary";
import { loadLexicon } from "./lexicon/store";
import { countByType } from "./link-types";
import { fitPositions } from "./positions";
import type { AlignLink, FixedLink } from "./types";

export interface AlignSummary {
  slug: string;
  /** Links by type ("1-1", "2-1", "1-0", …), locked ones included. */
  byType: Record<string, number>;
  links: number;
  /** Links the aligner wrote with a score under LOW_CONFIDENCE. */
  lowConfidence: number;
  /** Locked links kept as they were. */
  locked: number;
}

export interface AlignDocumentOptions {
  /** Defaults to the database's glossary. */
  glossary?: readonly GlossaryTerm[];
  /** Defaults to the database's lexicon (lib/align/lexicon/store.ts); the installed dictionary is added to it (lib/align/lexicon/dictionary.ts). */
  lexicon?: Lexicon;
  /** Runs inside the transaction after the links are written (a failure here undoes them). */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

/** Writing 50,000 links takes seconds; this leaves room on slow disks. */
const WRITE_TIMEOUT_MS = 120_000;
/** Aligning again when another writer changed the document while it was being aligned. */
const MAX_ATTEMPTS = 3;

interface StoredParagraph {
  id: number;
  position: number;
  kind: string;
  text: string;
  linkId: number | null;
}

/** What aligning reads of a document, all at one content version. */
interface Snapshot {
  id: number;
  contentVersion: number;
  french: StoredParagraph[];
  english: StoredParagraph[];
  lockedLinks: { id: number; position: number }[];
  mt: Map<number, string>;
}

async function readSnapshot(db: Db, slug: string): Promise<Snapshot> {
  const doc = await findDocumentBySlug(db, slug, { id: true, contentVersion: true });
  const select = { id: true, position: true, kind: true, text: true, linkId: true } as const;
  // Every query is keyed by the document (joins, no id lists): any length stays within the
  // drivers' parameter limits.
  const [french, english, lockedLinks, translations] = await Promise.all([
    db.sourceParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, select }),
    db.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, select }),
    db.alignmentLink.findMany({ where: { documentId: doc.id, locked: true }, orderBy: { position: "asc" }, select: { id: true, position: true } }),
    db.machineTranslation.findMany({
      where: { sourceParagraph: { documentId: doc.id }, targetLang: { startsWith: "en" } },
      orderBy: { id: "asc" },
      select: { sourceParagraphId: true, text: true },
    }),
  ]);
  const mt = new Map<number, string>();
  for (const t of translations) if (!mt.has(t.sourceParagraphId)) mt.set(t.sourceParagraphId, t.text);
  return { ...doc, french, english, lockedLinks, mt };
}

/**
 * Aligns a stored document: locked links stay exactly as they are (rows and paragraphs
 * untouched) and the rest is aligned around them; every other link of the document is
 * replaced by the aligner's (method "auto"). The document is read and aligned without
 * holding the write lock, then written in one transaction, which first checks that
 * nobody changed the document meanwhile (its content version): if someone did, it is
 * read and aligned again. A failure anywhere leaves the document's links as they were.
 */
export async function alignDocument(db: Db, slug: string, options: AlignDocumentOptions = {}): Promise<AlignSummary> {
  const glossary = options.glossary ?? (await loadGlossaryTerms(db));
  const lexicon = options.lexicon ?? (await loadLexicon(db));
  for (let attempt = 1; ; attempt++) {
    const snapshot = await readSnapshot(db, slug);
    const planned = plan(slug, snapshot, glossary, lexicon);
    const summary = await writeTransaction(
      db,
      async (tx) => {
        const now = await tx.document.findUnique({ where: { id: snapshot.id }, select: { contentVersion: true } });
        if (now?.contentVersion !== snapshot.contentVersion) return null;
        const written = await writeLinks(tx, slug, snapshot, planned);
        await options.beforeCommit?.(tx);
        return written;
      },
      { timeoutMs: WRITE_TIMEOUT_MS },
    );
    if (summary) return summary;
    if (attempt >= MAX_ATTEMPTS) throw new UserError(`${slug}: the document kept changing while it was being aligned; try again`);
  }
}

interface Planned {
  links: AlignLink[];
  fixed: (FixedLink & { id: number; position: number })[];
}

function plan(slug: string, { french, english, lockedLinks, mt }: Snapshot, glossary: readonly GlossaryTerm[], lexicon: Lexicon): Planned {
  const byLink = (paragraphs: StoredParagraph[]) => {
    const map = new Map<number, number[]>();
    paragraphs.forEach((p, k) => {
      if (p.linkId !== null) map.set(p.linkId, [...(map.get(p.linkId) ?? []), k]);
    });
    return map;
  };
  const frByLink = byLink(french);
  const enByLink = byLink(english);
  const fixed = lockedLinks
    .map((l) => ({ id: l.id, position: l.position, fr: frByLink.get(l.id) ?? [], en: enByLink.get(l.id) ?? [] }))
    .filter((l) => l.fr.length || l.en.length);
  try {
    const links = alignParagraphs({
      fr: french.map((p) => ({ text: p.text, kind: p.kind as ParagraphKind, mt: mt.get(p.id) })),
      en: english.map((p) => ({ text: p.text, kind: p.kind as ParagraphKind })),
      glossary,
      lexicon: lexiconFor(lexicon, french, english),
      fixed,
    });
    return { links, fixed };
  } catch (error) {
    if (error instanceof AlignError) throw new UserError(`${slug}: ${error.message}`);
    throw error;
  }
}

/**
 * Replaces the unlocked links by the planned ones, in bulk: links inserted a thousand per
 * statement, paragraphs re-linked a few hundred per statement (lib/db/bulk-update.ts).
 */
async function writeLinks(tx: Tx, slug: string, { id: documentId, french, english }: Snapshot, { links, fixed }: Planned): Promise<AlignSummary> {
  // Which output links are the locked ones (they come back with the same paragraphs).
  const lockedByFirst = new Map(fixed.map((l) => [`${l.fr[0] ?? ""}|${l.en[0] ?? ""}`, l]));
  const lockedOf = links.map((l) => lockedByFirst.get(`${l.fr[0] ?? ""}|${l.en[0] ?? ""}`) ?? null);
  let positions = fitPositions(lockedOf.map((l) => (l ? l.position : null)));
  if (!positions) {
    // Locked links out of order: their positions must change for the reading order to hold.
    positions = links.map((_, k) => k);
    const moved = lockedOf.flatMap((l, k) => (l && l.position !== k ? [{ id: l.id, value: k }] : []));
    await setIntegers(tx, "AlignmentLink", "position", moved);
  }
  // Their paragraphs' linkId becomes null (ON DELETE SET NULL).
  await tx.alignmentLink.deleteMany({ where: { documentId, locked: false } });

  const fresh = links.flatMap((link, k) => (lockedOf[k] ? [] : [{ link, position: positions[k] }]));
  const now = new Date();
  await insertRows(
    tx,
    "AlignmentLink",
    fresh.map(({ link, position }) => ({ documentId, position, score: round(link.score), method: "auto", locked: false, createdAt: now, updatedAt: now })),
  );
  const idAt = new Map<number, number>();
  for (const l of await tx.alignmentLink.findMany({ where: { documentId, locked: false }, select: { id: true, position: true } })) idAt.set(l.position, l.id);
  const frLinks: { id: number; value: number }[] = [];
  const enLinks: { id: number; value: number }[] = [];
  let lowConfidence = 0;
  for (const { link, position } of fresh) {
    if (isLowConfidence(link.score)) lowConfidence++;
    const id = idAt.get(position)!;
    for (const i of link.fr) frLinks.push({ id: french[i].id, value: id });
    for (const j of link.en) enLinks.push({ id: english[j].id, value: id });
  }
  await setIntegers(tx, "SourceParagraph", "linkId", frLinks);
  await setIntegers(tx, "TargetParagraph", "linkId", enLinks);
  return { slug, byType: countByType(links), links: links.length, lowConfidence, locked: fixed.length };
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** Aligns every document that has English paragraphs, each in its own transaction. */
export async function alignAll(db: Db, onDone?: (summary: AlignSummary) => void): Promise<AlignSummary[]> {
  const documents = await db.document.findMany({
    where: { targetParagraphs: { some: {} } },
    orderBy: { id: "asc" },
    select: { slug: true },
  });
  const glossary = await loadGlossaryTerms(db);
  const lexicon = await loadLexicon(db);
  const summaries: AlignSummary[] = [];
  for (const { slug } of documents) {
    const summary = await alignDocument(db, slug, { glossary, lexicon });
    onDone?.(summary);
    summaries.push(summary);
  }
  return summaries;
}

/** "kim-…: 32 links (1-1: 24, 2-1: 3, …), 2 low confidence, 1 locked kept" */
export function formatSummary(s: AlignSummary): string {
  const types = Object.entries(s.byType)
    .map(([type, n]) => `${type}: ${n}`)
    .join(", ");
  return `${s.slug}: ${s.links} links (${types || "none"}), ${s.lowConfidence} low confidence, ${s.locked} locked kept`;
}

/**
 * Aligns a document after an import or set-up when something is left to align: it has
 * English paragraphs and some paragraph belongs to no link (new paragraphs, or links an
 * import dropped). Otherwise nothing is written, so repeating a set-up changes nothing.
 */
export async function alignIfNeeded(db: Db, slug: string, glossary?: readonly GlossaryTerm[], lexicon?: Lexicon): Promise<AlignSummary | null> {
  const doc = await findDocumentBySlug(db, slug, { id: true });
  const hasEnglish = await db.targetParagraph.count({ where: { documentId: doc.id } });
  if (!hasEnglish) return null;
  const loose =
    (await db.sourceParagraph.count({ where: { documentId: doc.id, linkId: null } })) +
    (await db.targetParagraph.count({ where: { documentId: doc.id, linkId: null } }));
  return loose ? alignDocument(db, slug, { glossary, lexicon }) : null;
}

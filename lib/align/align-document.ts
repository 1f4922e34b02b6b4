import type { Db, Tx } from "../db/client";
import { UserError } from "../errors";
import { loadGlossaryTerms } from "../glossary/load-terms";
import type { GlossaryTerm } from "../glossary/matcher";
import type { ParagraphKind } from "../text/paragraph-kind";
import { alignParagraphs, AlignError } from "./align";
import { isLowConfidence } from "./confidence";
import type { Lexicon } from "./lexicon/learn";
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
  /** Defaults to the database's lexicon (lib/align/lexicon/store.ts). */
  lexicon?: Lexicon;
  /** Runs inside the transaction after the links are written (a failure here undoes them). */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

const TRANSACTION_TIMEOUT_MS = 120_000;

interface StoredParagraph {
  id: number;
  position: number;
  kind: string;
  text: string;
  linkId: number | null;
}

/**
 * Aligns a stored document in one transaction: locked links stay exactly as they are
 * (rows and paragraphs untouched) and the rest is aligned around them; every other link
 * of the document is replaced by the aligner's (method "auto"). A failure anywhere leaves
 * the document's links as they were.
 */
export async function alignDocument(db: Db, slug: string, options: AlignDocumentOptions = {}): Promise<AlignSummary> {
  const glossary = options.glossary ?? (await loadGlossaryTerms(db));
  const lexicon = options.lexicon ?? (await loadLexicon(db));
  return db.$transaction(
    async (tx) => {
      const doc = await tx.document.findUnique({ where: { slug }, select: { id: true } });
      if (!doc) throw new UserError(`no document with slug "${slug}"`);
      const select = { id: true, position: true, kind: true, text: true, linkId: true } as const;
      const [french, english, lockedLinks] = await Promise.all([
        tx.sourceParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, select }),
        tx.targetParagraph.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" }, select }),
        tx.alignmentLink.findMany({ where: { documentId: doc.id, locked: true }, orderBy: { position: "asc" } }),
      ]);
      const translations = await tx.machineTranslation.findMany({
        where: { sourceParagraphId: { in: french.map((p) => p.id) }, targetLang: { startsWith: "en" } },
        orderBy: { id: "asc" },
        select: { sourceParagraphId: true, text: true },
      });
      const mt = new Map<number, string>();
      for (const t of translations) if (!mt.has(t.sourceParagraphId)) mt.set(t.sourceParagraphId, t.text);

      const lockedIds = new Set(lockedLinks.map((l) => l.id));
      const held = (paragraphs: StoredParagraph[], linkId: number) => paragraphs.flatMap((p, k) => (p.linkId === linkId ? [k] : []));
      const fixed: (FixedLink & { id: number; position: number })[] = lockedLinks
        .map((l) => ({ id: l.id, position: l.position, fr: held(french, l.id), en: held(english, l.id) }))
        .filter((l) => l.fr.length || l.en.length);

      let links: AlignLink[];
      try {
        links = alignParagraphs({
          fr: french.map((p) => ({ text: p.text, kind: p.kind as ParagraphKind, mt: mt.get(p.id) })),
          en: english.map((p) => ({ text: p.text, kind: p.kind as ParagraphKind })),
          glossary,
          lexicon,
          fixed,
        });
      } catch (error) {
        if (error instanceof AlignError) throw new UserError(`${slug}: ${error.message}`);
        throw error;
      }

      // Which output links are the locked ones (they come back with the same paragraphs).
      const lockedByFirst = new Map(fixed.map((l) => [`${l.fr[0] ?? ""}|${l.en[0] ?? ""}`, l]));
      const lockedOf = links.map((l) => lockedByFirst.get(`${l.fr[0] ?? ""}|${l.en[0] ?? ""}`) ?? null);
      let positions = fitPositions(lockedOf.map((l) => (l ? l.position : null)));
      if (!positions) {
        // Locked links out of order: their positions must change for the reading order to hold.
        positions = links.map((_, k) => k);
        for (const [k, l] of lockedOf.entries()) if (l && l.position !== k) await tx.alignmentLink.update({ where: { id: l.id }, data: { position: k } });
      }

      const unlockedParagraphs = (p: StoredParagraph) => p.linkId !== null && !lockedIds.has(p.linkId);
      await tx.sourceParagraph.updateMany({ where: { id: { in: french.filter(unlockedParagraphs).map((p) => p.id) } }, data: { linkId: null } });
      await tx.targetParagraph.updateMany({ where: { id: { in: english.filter(unlockedParagraphs).map((p) => p.id) } }, data: { linkId: null } });
      await tx.alignmentLink.deleteMany({ where: { documentId: doc.id, locked: false } });

      let lowConfidence = 0;
      for (const [k, link] of links.entries()) {
        if (lockedOf[k]) continue;
        if (isLowConfidence(link.score)) lowConfidence++;
        const created = await tx.alignmentLink.create({
          data: { documentId: doc.id, position: positions[k], score: round(link.score), method: "auto", locked: false },
          select: { id: true },
        });
        if (link.fr.length) await tx.sourceParagraph.updateMany({ where: { id: { in: link.fr.map((i) => french[i].id) } }, data: { linkId: created.id } });
        if (link.en.length) await tx.targetParagraph.updateMany({ where: { id: { in: link.en.map((j) => english[j].id) } }, data: { linkId: created.id } });
      }
      await options.beforeCommit?.(tx);
      return { slug, byType: countByType(links), links: links.length, lowConfidence, locked: fixed.length };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
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
export async function alignIfNeeded(db: Db, slug: string, glossary?: readonly GlossaryTerm[]): Promise<AlignSummary | null> {
  const doc = await db.document.findUnique({ where: { slug }, select: { id: true } });
  if (!doc) throw new UserError(`no document with slug "${slug}"`);
  const hasEnglish = await db.targetParagraph.count({ where: { documentId: doc.id } });
  if (!hasEnglish) return null;
  const loose =
    (await db.sourceParagraph.count({ where: { documentId: doc.id, linkId: null } })) +
    (await db.targetParagraph.count({ where: { documentId: doc.id, linkId: null } }));
  return loose ? alignDocument(db, slug, { glossary }) : null;
}

import type { Db } from "../db/client";
import { findDocumentsBySlugs } from "../documents/find-document";
import { UserError } from "../errors";
import { findExactMatches, memoryKey, type MemoryUnitView, type NearMatch, NearMatcher } from "../memory/memory";
import { isCredit } from "../text/paragraph-kind";
import { billedCharacters } from "./batches";
import type { TargetLang } from "./provider";

export interface PendingParagraph {
  id: number;
  position: number;
  kind: string;
  text: string;
  hash: string;
}

/** Paragraphs with the same normalized French: sent once, the answer given to each. */
export interface SendGroup {
  hash: string;
  text: string;
  paragraphs: PendingParagraph[];
}

export interface Suggestion {
  paragraph: PendingParagraph;
  matches: NearMatch[];
}

/** What `translate` will do for one document; computing it writes nothing. */
export interface DocumentPlan {
  documentId: number;
  slug: string;
  /** The French title, sent to DeepL as context. */
  title: string;
  /** Why the document is left out (code notAligned), or null. */
  skipped: UserError | null;
  /**
   * Credit lines ("AFP/Archives", "KCNA VIA KNS/AFP"): names of agencies and photographers,
   * not language. Copied unchanged as their English (see COPIED_ORIGIN), never sent.
   */
  copy: PendingParagraph[];
  /** Exact memory matches: applied with origin `memory`. */
  memory: { paragraph: PendingParagraph; unit: MemoryUnitView }[];
  /** DeepL output stored earlier for this very text (MachineTranslation): applied, not sent again. */
  stored: { paragraph: PendingParagraph; text: string }[];
  /** To send to DeepL, in reading order. */
  send: SendGroup[];
  /** Characters DeepL would bill for `send`. */
  characters: number;
  /** Near memory matches of the paragraphs not matched exactly: shown, never applied. */
  suggestions: Suggestion[];
}

export const ENGINE = "deepl";

/** A credit line: typed so at import, or shaped like one (documents typed before, TMX imports). */
export const isCreditParagraph = (p: Pick<PendingParagraph, "kind" | "text">) => p.kind === "credit" || isCredit(p.text);

/** The documents named by slug (all must exist), or every document. */
export async function selectDocuments(db: Db, selection: { slugs?: readonly string[]; all?: boolean }) {
  if (selection.all) return db.document.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, titleFr: true } });
  const slugs = [...new Set(selection.slugs ?? [])];
  if (!slugs.length) throw new UserError({ code: "documentsNotChosen", field: "document", problem: "name a document, or choose every document" });
  return findDocumentsBySlugs(db, slugs, { id: true, slug: true, titleFr: true });
}

/**
 * French paragraphs without an English counterpart: in no link, or in a link that holds
 * no English paragraph (1-0, n-0). Null if the document has English paragraphs in no link:
 * its alignment is not known yet, and those French paragraphs may well have English.
 */
export async function pendingParagraphs(db: Db, documentId: number): Promise<PendingParagraph[] | null> {
  const looseEnglish = await db.targetParagraph.count({ where: { documentId, linkId: null } });
  if (looseEnglish) return null;
  const french = await db.sourceParagraph.findMany({
    where: { documentId, OR: [{ linkId: null }, { link: { targetParagraphs: { none: {} } } }] },
    orderBy: { position: "asc" },
    select: { id: true, position: true, kind: true, text: true, hash: true },
  });
  return french.filter((p) => p.text.trim());
}

/** Read-only: what a run would take from the memory, from stored output, and from DeepL. */
export async function planDocuments(
  db: Db,
  documents: readonly { id: number; slug: string; titleFr: string }[],
  targetLang: TargetLang,
  nearThreshold?: number,
): Promise<DocumentPlan[]> {
  const near = await NearMatcher.load(db, targetLang, nearThreshold);
  const plans: DocumentPlan[] = [];
  for (const doc of documents) {
    const plan: DocumentPlan = {
      documentId: doc.id,
      slug: doc.slug,
      title: doc.titleFr,
      skipped: null,
      copy: [],
      memory: [],
      stored: [],
      send: [],
      characters: 0,
      suggestions: [],
    };
    plans.push(plan);
    const pending = await pendingParagraphs(db, doc.id);
    if (pending === null) {
      plan.skipped = new UserError({ code: "notAligned", problem: "English paragraphs not aligned yet" });
      continue;
    }
    const exact = await findExactMatches(db, pending.map((p) => p.text), targetLang);
    // By document, not by a list of paragraph ids (which would outgrow the parameter limit).
    const machine = await db.machineTranslation.findMany({
      where: { engine: ENGINE, targetLang, sourceParagraph: { documentId: doc.id } },
      select: { sourceParagraphId: true, sourceHash: true, text: true },
    });
    const machineByParagraph = new Map(machine.map((m) => [m.sourceParagraphId, m]));
    const groups = new Map<string, SendGroup>();
    for (const paragraph of pending) {
      if (isCreditParagraph(paragraph)) {
        plan.copy.push(paragraph);
        continue;
      }
      const unit = exact.get(memoryKey(paragraph.text));
      if (unit) {
        plan.memory.push({ paragraph, unit });
        continue;
      }
      const matches = near.find(paragraph.text);
      if (matches.length) plan.suggestions.push({ paragraph, matches });
      const earlier = machineByParagraph.get(paragraph.id);
      if (earlier && earlier.sourceHash === paragraph.hash) {
        plan.stored.push({ paragraph, text: earlier.text });
        continue;
      }
      const group = groups.get(paragraph.hash);
      if (group) group.paragraphs.push(paragraph);
      else groups.set(paragraph.hash, { hash: paragraph.hash, text: paragraph.text, paragraphs: [paragraph] });
    }
    plan.send = [...groups.values()];
    plan.characters = plan.send.reduce((sum, g) => sum + billedCharacters(g.text), 0);
  }
  return plans;
}

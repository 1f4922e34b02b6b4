import { createHash } from "node:crypto";
import { chunked, inChunks } from "../../db/chunks";
import type { Db } from "../../db/client";
import { writeTransaction } from "../../db/write-transaction";
import { DatabaseBusyError } from "../../db/busy";
import { currentGlossary } from "../../glossary/load-terms";
import type { GlossaryTerm } from "../../glossary/matcher";
import { alignLinkSentences, SENTENCE_PARAMS, type SentencePairing } from "./align-link-sentences";
import { CORE_LEXICON } from "../lexicon/core-lexicon";

/** A sentence of a paragraph: `text.slice(start, end)` of the paragraph with id `paragraphId`. */
export interface SentenceOffsets {
  paragraphId: number;
  start: number;
  end: number;
}

/**
 * The sentences of one link and how they pair. `fr` and `en` list the sentences of the
 * link's French and English paragraphs in reading order (paragraphs by position, then
 * sentences within each); `pairs` hold indices into those two lists, in French reading
 * order, and cover every sentence exactly once. A pairing with an empty side is a
 * sentence the other language does not have. Two pairings may cross (the English gives
 * two sentences in the other order).
 */
export interface LinkSentences {
  linkId: number;
  fr: SentenceOffsets[];
  en: SentenceOffsets[];
  pairs: SentencePairing[];
}

export interface SentenceLinksOptions {
  /**
   * Store what had to be computed (default true), so that the next call reads it. The
   * write waits for the database's write lock like any other; "background" stores it
   * without waiting (a page render: it must never wait for the lock), false not at all.
   */
  store?: boolean | "background";
}

/** Changes whenever the algorithm or its constants do: what was stored before is then recomputed. */
const ALGORITHM = createHash("sha256").update(`sentences-2 ${JSON.stringify(SENTENCE_PARAMS)}\u0000${CORE_LEXICON}`).digest("hex").slice(0, 12);

interface LinkParagraph {
  id: number;
  linkId: number | null;
  position: number;
  text: string;
}

/** What a stored row holds, compactly: [paragraph index, start, end] per sentence, [fr, en, score‰] per pairing. */
interface StoredData {
  fr: [number, number, number][];
  en: [number, number, number][];
  pairs: [number[], number[], number][];
}

/** A hash of everything the alignment depends on: it keys the stored row. */
function sourceKey(fr: LinkParagraph[], en: LinkParagraph[], glossary: number): string {
  const hash = createHash("sha256").update(`${ALGORITHM}\u0000${glossary}`);
  for (const p of fr) hash.update(`\u0000f${p.id}\u0000${p.text}`);
  for (const p of en) hash.update(`\u0000e${p.id}\u0000${p.text}`);
  return hash.digest("base64url").slice(0, 32);
}

function decode(linkId: number, data: StoredData, fr: LinkParagraph[], en: LinkParagraph[]): LinkSentences {
  const offsets = (paragraphs: LinkParagraph[]) => ([p, start, end]: [number, number, number]) => ({ paragraphId: paragraphs[p].id, start, end });
  return {
    linkId,
    fr: data.fr.map(offsets(fr)),
    en: data.en.map(offsets(en)),
    pairs: data.pairs.map(([f, e, score]) => ({ fr: f, en: e, score: score / 1000 })),
  };
}

function compute(fr: LinkParagraph[], en: LinkParagraph[], glossary: readonly GlossaryTerm[]): StoredData {
  const aligned = alignLinkSentences(
    fr.map((p) => p.text),
    en.map((p) => p.text),
    glossary,
  );
  return {
    fr: aligned.fr.map((s) => [s.paragraph, s.start, s.end]),
    en: aligned.en.map((s) => [s.paragraph, s.start, s.end]),
    pairs: aligned.pairs.map((p) => [p.fr, p.en, Math.round(p.score * 1000)]),
  };
}

const byPosition = (a: LinkParagraph, b: LinkParagraph) => a.position - b.position || a.id - b.id;

function groupByLink(paragraphs: LinkParagraph[]): Map<number, LinkParagraph[]> {
  const map = new Map<number, LinkParagraph[]>();
  for (const p of paragraphs) {
    const list = map.get(p.linkId!);
    if (list) list.push(p);
    else map.set(p.linkId!, [p]);
  }
  for (const list of map.values()) list.sort(byPosition);
  return map;
}

/**
 * The sentences of the given links and how they pair, for the reader (hover a sentence,
 * see its counterpart). Each link's pairing is read from SentenceAlignment when it was
 * computed from exactly the link's current paragraphs and texts (and glossary); otherwise
 * it is computed now (lib/align/sentences/align-link-sentences.ts, a fraction of a
 * millisecond a link) and, unless `store` is false, stored for next time. So an edited
 * paragraph, a link re-aligned or a glossary change is picked up on the next read, and
 * no writer has to know about sentences. Links that do not exist or hold no paragraph
 * are left out of the result. Reads a window's worth of links in a few queries (ids in
 * pieces of 500).
 */
export async function sentenceLinksFor(db: Db, linkIds: readonly number[], options: SentenceLinksOptions = {}): Promise<Map<number, LinkSentences>> {
  const ids = [...new Set(linkIds)];
  const result = new Map<number, LinkSentences>();
  if (!ids.length) return result;
  // Terms loaded for the version read first: a glossary changed since leaves a key that is already stale.
  const glossary = await currentGlossary(db);
  const select = { id: true, linkId: true, position: true, text: true } as const;
  const [french, english, stored] = await Promise.all([
    inChunks(ids, (piece) => db.sourceParagraph.findMany({ where: { linkId: { in: piece } }, select })),
    inChunks(ids, (piece) => db.targetParagraph.findMany({ where: { linkId: { in: piece } }, select })),
    inChunks(ids, (piece) => db.sentenceAlignment.findMany({ where: { linkId: { in: piece } } })),
  ]);
  const frByLink = groupByLink(french);
  const enByLink = groupByLink(english);
  const storedByLink = new Map(stored.map((s) => [s.linkId, s]));
  const fresh: { linkId: number; sourceKey: string; data: string }[] = [];
  for (const linkId of ids) {
    const fr = frByLink.get(linkId) ?? [];
    const en = enByLink.get(linkId) ?? [];
    if (!fr.length && !en.length) continue;
    const key = sourceKey(fr, en, glossary.version);
    const row = storedByLink.get(linkId);
    if (row?.sourceKey === key) {
      result.set(linkId, decode(linkId, JSON.parse(row.data) as StoredData, fr, en));
      continue;
    }
    const data = compute(fr, en, glossary.terms);
    result.set(linkId, decode(linkId, data, fr, en));
    fresh.push({ linkId, sourceKey: key, data: JSON.stringify(data) });
  }
  if (fresh.length && options.store === "background") {
    // A cache of a computation: a failed write is only a recomputation next time.
    const pending = store(db, fresh)
      .catch((error: unknown) => console.error(`sentence pairings not stored: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => inFlight.delete(pending));
    inFlight.add(pending);
  } else if (fresh.length && options.store !== false) await store(db, fresh);
  return result;
}

/**
 * Replaces the stored rows of these links, for the links that still exist (one may have
 * been re-aligned away meanwhile). A busy database is not an error here: the rows are a
 * cache of a computation, and the next read stores them.
 */
async function store(db: Db, rows: { linkId: number; sourceKey: string; data: string }[]): Promise<void> {
  try {
    await writeTransaction(db, async (tx) => {
      const ids = rows.map((r) => r.linkId);
      const existing = new Set((await inChunks(ids, (piece) => tx.alignmentLink.findMany({ where: { id: { in: piece } }, select: { id: true } }))).map((l) => l.id));
      for (const piece of chunked(ids)) await tx.sentenceAlignment.deleteMany({ where: { linkId: { in: piece } } });
      // Rows of a few hundred bytes: a couple of hundred per statement stays far under any limit.
      for (const piece of chunked(rows.filter((r) => existing.has(r.linkId)), 200)) await tx.sentenceAlignment.createMany({ data: piece });
    });
  } catch (error) {
    if (!(error instanceof DatabaseBusyError)) throw error;
  }
}

/** Writes started with `store: "background"` that have not ended yet. */
const inFlight = new Set<Promise<void>>();

/**
 * Resolves once every background write of sentence pairings has ended: what a process
 * (or a test) awaits before it disconnects, so that no write is cut off half-way.
 */
export async function backgroundSentenceStores(): Promise<void> {
  while (inFlight.size) await Promise.all([...inFlight]);
}

/** Links of a document read per call of sentenceLinksFor by storeDocumentSentences. */
const DOCUMENT_BATCH = 2_000;

/**
 * Computes and stores the sentence pairings of every link of a document whose stored one
 * is missing or stale, a batch of links at a time; returns how many links it read. For
 * set-up and benchmarks: the reader does not need it, sentenceLinksFor computes what it lacks.
 */
export async function storeDocumentSentences(db: Db, documentId: number): Promise<number> {
  let count = 0;
  for (let after = -1; ; ) {
    const links = await db.alignmentLink.findMany({ where: { documentId, id: { gt: after } }, orderBy: { id: "asc" }, select: { id: true }, take: DOCUMENT_BATCH });
    if (!links.length) return count;
    await sentenceLinksFor(
      db,
      links.map((l) => l.id),
    );
    count += links.length;
    after = links[links.length - 1].id;
  }
}

import type { Db } from "../../db/client";
import { learnLexicon, toLexicon, type Lexicon, type LexiconPair } from "./learn";

/** Links the aligner scored this high are learned from, beside those a person confirmed. */
export const LEARN_MIN_SCORE = 0.9;
/** Pairs a person confirmed (a locked link, or reviewed English) count this many times. */
const CONFIRMED_WEIGHT = 2;
/** Pairs learned from at most: confirmed ones first, then the highest scored. Bounds a refresh's time. */
export const MAX_LEARN_PAIRS = 20_000;
/** Rows written per statement: far under any database's parameter limit. */
const WRITE_CHUNK = 200;
const BUILD_ID = 1;

const learnable = { OR: [{ locked: true }, { score: { gte: LEARN_MIN_SCORE } }] };

/** The stored lexicon (empty in a new library: the aligner then does without). */
export async function loadLexicon(db: Db): Promise<Lexicon> {
  const entries = await db.lexiconEntry.findMany({ select: { fr: true, en: true, score: true, pairs: true } });
  return toLexicon(entries);
}

export interface RefreshResult {
  /** False when nothing changed since the last build. */
  rebuilt: boolean;
  pairs: number;
  entries: number;
}

/**
 * Relearns the lexicon from the library's aligned pairs when its links changed since the
 * last build (or always, with force): two-sided links a person locked or whose English
 * was reviewed, then links the aligner scored LEARN_MIN_SCORE or more. Call it after
 * alignments change (align, import with English, link edits). Reads document by document,
 * so no query grows with the library; replaces the table in one transaction.
 */
export async function refreshLexicon(db: Db, options: { force?: boolean } = {}): Promise<RefreshResult> {
  const state = await db.alignmentLink.aggregate({ where: learnable, _count: { _all: true }, _max: { updatedAt: true } });
  const links = state._count._all;
  const latestLinkAt = state._max.updatedAt;
  const build = await db.lexiconBuild.findUnique({ where: { id: BUILD_ID } });
  if (!options.force && build && build.links === links && build.latestLinkAt?.getTime() === latestLinkAt?.getTime()) {
    return { rebuilt: false, pairs: 0, entries: await db.lexiconEntry.count() };
  }
  const pairs = await learnablePairs(db);
  const entries = learnLexicon(pairs);
  await db.$transaction(async (tx) => {
    await tx.lexiconEntry.deleteMany({});
    for (let k = 0; k < entries.length; k += WRITE_CHUNK) await tx.lexiconEntry.createMany({ data: entries.slice(k, k + WRITE_CHUNK) });
    await tx.lexiconBuild.upsert({
      where: { id: BUILD_ID },
      create: { id: BUILD_ID, links, latestLinkAt },
      update: { links, latestLinkAt, builtAt: new Date() },
    });
  });
  return { rebuilt: true, pairs: pairs.length, entries: entries.length };
}

async function learnablePairs(db: Db): Promise<LexiconPair[]> {
  const documents = await db.document.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const pairs: (LexiconPair & { score: number })[] = [];
  for (const { id } of documents) {
    const links = await db.alignmentLink.findMany({
      where: { documentId: id, ...learnable },
      orderBy: { position: "asc" },
      select: {
        locked: true,
        score: true,
        sourceParagraphs: { select: { text: true }, orderBy: { position: "asc" } },
        targetParagraphs: { select: { text: true, status: true }, orderBy: { position: "asc" } },
      },
    });
    for (const l of links) {
      if (!l.sourceParagraphs.length || !l.targetParagraphs.length) continue;
      const confirmed = l.locked || l.targetParagraphs.some((p) => p.status === "reviewed");
      pairs.push({
        fr: l.sourceParagraphs.map((p) => p.text).join(" "),
        en: l.targetParagraphs.map((p) => p.text).join(" "),
        weight: confirmed ? CONFIRMED_WEIGHT : 1,
        score: confirmed ? 2 : l.score,
      });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  return pairs.slice(0, MAX_LEARN_PAIRS).map(({ fr, en, weight }) => ({ fr, en, weight }));
}

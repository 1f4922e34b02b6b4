import { createHash } from "node:crypto";
import { chunked, inChunks } from "../db/chunks";
import { insertRows } from "../db/bulk-insert";
import { Prisma } from "../db/sql";
import type { Db, Tx } from "../db/client";
import { UserError } from "../errors";
import { foldForMatch, hashText } from "../text/normalize";
import { similarity } from "./similarity";

/**
 * Translation memory: French→English pairs a person confirmed. `translate` reuses them
 * before asking DeepL; the editor (issue 5) adds to it with `addToMemory`.
 *
 * Keys: `sourceKey` is `hashText(french)`, the hash of the normalized text (NFC, unified
 * apostrophes and dashes, collapsed spaces), so it equals SourceParagraph.hash and an
 * exact match is one indexed lookup.
 */

/** Near matches at or above this similarity (0..1, word-level) are suggested. */
export const NEAR_MATCH_THRESHOLD = 0.75;

/** The memory is one language pair for now; English variants share it (see `memoryTargetLangs`). */
export const MEMORY_SOURCE_LANG = "fr";
export const MEMORY_TARGET_LANG = "en";

export interface MemoryUnitView {
  id: number;
  sourceText: string;
  targetText: string;
  targetLang: string;
  useCount: number;
}

export interface NearMatch {
  unit: MemoryUnitView;
  /** Word-level similarity of the French texts, 0..1. */
  score: number;
}

export interface AddToMemoryInput {
  sourceText: string;
  targetText: string;
  /** The document where the pair was confirmed. */
  documentId?: number | null;
  sourceLang?: string;
  /** "en" by default; a regional variant ("en-GB") when the English is specific to it. */
  targetLang?: string;
}

type Client = Db | Tx;

const VIEW = { id: true, sourceText: true, targetText: true, targetLang: true, useCount: true } as const;

/** The memory's key for a French text: equal to SourceParagraph.hash for the same text. */
export const memoryKey = (sourceText: string): string => hashText(sourceText);

/**
 * Memory units written for "en" serve every English variant; units written for a variant
 * ("en-US") serve only it.
 */
export function memoryTargetLangs(targetLang: string): string[] {
  const base = targetLang.split("-")[0].toLowerCase();
  return base === targetLang ? [base] : [base, targetLang];
}

/**
 * The exact English, hashed: a unique index over the text itself would refuse long
 * paragraphs on PostgreSQL. Migrations fill it with the same function (sha256_hex).
 */
const targetHashOf = (targetText: string) => createHash("sha256").update(targetText, "utf8").digest("hex");

/** A pair as the memory stores it (texts trimmed, keyed), or null when a side is empty. */
function unitOf(input: AddToMemoryInput) {
  const sourceText = input.sourceText.trim();
  const targetText = input.targetText.trim();
  if (!sourceText || !targetText) return null;
  return {
    sourceKey: memoryKey(sourceText),
    sourceText,
    targetText,
    targetHash: targetHashOf(targetText),
    sourceLang: input.sourceLang ?? MEMORY_SOURCE_LANG,
    targetLang: input.targetLang ?? MEMORY_TARGET_LANG,
    documentId: input.documentId ?? null,
  };
}

/**
 * Stores a confirmed pair. Adding the same pair again only refreshes it (the unit is
 * unique on French key + English text); a new English for the same French is a second
 * unit, and the most used, then most recent, wins on lookup. Returns the unit.
 */
export async function addToMemory(db: Client, input: AddToMemoryInput): Promise<MemoryUnitView> {
  // Texts are kept as written (trimmed): the key already ignores spacing and typography,
  // and lib/editing/remember-pairs.ts stores pairs the same way, so both meet on the
  // (sourceKey, targetHash) unique key.
  const unit = unitOf(input);
  if (!unit) throw new UserError("translation memory: both the French and the English text must be non-empty");
  return db.memoryUnit.upsert({
    where: { sourceKey_targetHash: { sourceKey: unit.sourceKey, targetHash: unit.targetHash } },
    create: unit,
    // Touch only: updatedAt moves, so a re-confirmed pair ranks as recent.
    update: { documentId: input.documentId ?? undefined },
    select: VIEW,
  });
}

/**
 * The units whose sourceKey is one of `keys` (at most a few hundred): one raw statement,
 * built as bulk-insert.ts builds its own. Through Prisma's findMany, the twenty lookups of
 * a 10,000-unit import held about 50 MB more.
 */
async function unitsWithKeys(db: Client, keys: readonly string[]): Promise<{ id: number; sourceKey: string; targetHash: string }[]> {
  if (!keys.length) return [];
  const strings = ['SELECT "id", "sourceKey", "targetHash" FROM "MemoryUnit" WHERE "sourceKey" IN (', ...keys.slice(1).map(() => ", "), ")"];
  return db.$queryRaw<{ id: number; sourceKey: string; targetHash: string }[]>(new Prisma.Sql(strings, [...keys]));
}

/**
 * Stores many confirmed pairs at once (a TMX file's 10,000 units): the pairs already in
 * the memory are only touched, the others created in bulk. Same result as addToMemory on
 * each pair, in a few statements per few hundred pairs. Returns how many were new.
 */
export async function addManyToMemory(db: Client, inputs: readonly AddToMemoryInput[]): Promise<number> {
  const wanted = new Map<string, NonNullable<ReturnType<typeof unitOf>>>();
  for (const input of inputs) {
    const unit = unitOf(input);
    if (unit) wanted.set(`${unit.sourceKey} ${unit.targetHash}`, unit);
  }
  let created = 0;
  for (const piece of chunked([...wanted.values()])) {
    const existing = await unitsWithKeys(db, [...new Set(piece.map((p) => p.sourceKey))]);
    const known = new Map(existing.map((u) => [`${u.sourceKey} ${u.targetHash}`, u.id]));
    const fresh = piece.filter((p) => !known.has(`${p.sourceKey} ${p.targetHash}`));
    const now = new Date();
    // Raw multi-row inserts, as for paragraphs: createMany costs several times the time and
    // memory (a 10,000-unit TMX imported in 4.6 s with it, 3.0 s without).
    await insertRows(db, "MemoryUnit", fresh.map((unit) => ({ ...unit, useCount: 0, createdAt: now, updatedAt: now })));
    created += fresh.length;
    // Touch only, as addToMemory does: a re-confirmed pair ranks as recent.
    const touched = piece.flatMap((p) => known.get(`${p.sourceKey} ${p.targetHash}`) ?? []);
    if (touched.length) await db.memoryUnit.updateMany({ where: { id: { in: touched } }, data: { updatedAt: new Date() } });
  }
  return created;
}

/** The unit an exact match on normalized French text gives, or null. */
export async function findExactMatch(db: Client, sourceText: string, targetLang: string): Promise<MemoryUnitView | null> {
  return db.memoryUnit.findFirst({
    where: { sourceKey: memoryKey(sourceText), sourceLang: MEMORY_SOURCE_LANG, targetLang: { in: memoryTargetLangs(targetLang) } },
    orderBy: [{ useCount: "desc" }, { updatedAt: "desc" }, { id: "desc" }],
    select: VIEW,
  });
}

/** Exact matches for many texts at once, keyed by memory key. */
export async function findExactMatches(db: Client, sourceTexts: readonly string[], targetLang: string): Promise<Map<string, MemoryUnitView>> {
  const keys = [...new Set(sourceTexts.map(memoryKey))];
  const units = await inChunks(keys, (piece) =>
    db.memoryUnit.findMany({
      where: { sourceKey: { in: piece }, sourceLang: MEMORY_SOURCE_LANG, targetLang: { in: memoryTargetLangs(targetLang) } },
      orderBy: [{ useCount: "desc" }, { updatedAt: "desc" }, { id: "desc" }],
      select: { ...VIEW, sourceKey: true },
    }),
  );
  const found = new Map<string, MemoryUnitView>();
  for (const { sourceKey, ...unit } of units) if (!found.has(sourceKey)) found.set(sourceKey, unit);
  return found;
}

/**
 * A reusable near-match index over the memory: word-level similarity of folded French
 * texts (case, diacritics and hyphens ignored). Loads the units once; each query compares
 * only with units whose length allows the threshold (similarity ≤ shorter/longer length).
 * Cost: O(units) length checks per query, O(n·m) word edit distance per remaining unit.
 */
export class NearMatcher {
  private constructor(private readonly units: { unit: MemoryUnitView; key: string; words: string[] }[], readonly threshold: number) {}

  static async load(db: Client, targetLang: string, threshold = NEAR_MATCH_THRESHOLD): Promise<NearMatcher> {
    const units = await db.memoryUnit.findMany({
      where: { sourceLang: MEMORY_SOURCE_LANG, targetLang: { in: memoryTargetLangs(targetLang) } },
      orderBy: { id: "asc" },
      select: { ...VIEW, sourceKey: true },
    });
    return new NearMatcher(
      units.map(({ sourceKey, ...unit }) => ({ unit, key: sourceKey, words: words(unit.sourceText) })),
      threshold,
    );
  }

  /** Near matches of a French text, best first; exact matches (same key) are left out. */
  find(sourceText: string, limit = 3): NearMatch[] {
    const key = memoryKey(sourceText);
    const query = words(sourceText);
    const matches: NearMatch[] = [];
    for (const { unit, key: unitKey, words: candidate } of this.units) {
      if (unitKey === key) continue;
      const longer = Math.max(query.length, candidate.length);
      if (!longer || Math.min(query.length, candidate.length) / longer < this.threshold) continue;
      const score = similarity(query, candidate);
      if (score >= this.threshold) matches.push({ unit, score });
    }
    return matches.sort((a, b) => b.score - a.score || b.unit.useCount - a.unit.useCount).slice(0, limit);
  }
}

const words = (text: string): string[] => foldForMatch(text).match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];

/** Counts a use of each unit applied by `translate`. */
export async function recordMemoryUse(db: Client, unitIds: readonly number[]): Promise<void> {
  const counts = new Map<number, number>();
  for (const id of unitIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, n] of counts) await db.memoryUnit.update({ where: { id }, data: { useCount: { increment: n } } });
}

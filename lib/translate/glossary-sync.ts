import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import type { GlossaryTerm } from "../glossary/matcher";
import { foldForMatch, normalizeText } from "../text/normalize";
import type { GlossaryPair, TranslationProvider } from "./provider";

/** DeepL glossaries are per base language pair; one serves en-GB and en-US. */
const SOURCE_LANG = "fr";
const TARGET_LANG = "en";

// DeepL refuses control characters and Unicode line separators in terms.
// eslint-disable-next-line no-control-regex
const INVALID_TERM = /[\u0000-\u001f\u0080-\u009f\u2028\u2029]/;

/**
 * Our glossary as DeepL glossary lines (French → English):
 * - every entry's canonical French → its canonical English;
 * - every French variant → the entry's canonical English, so "Choïgu" and "Choïgou" both
 *   come out "Shoigu"… but only where the variant maps unambiguously: a form (compared
 *   folded: case, diacritics, hyphens) that entries with different English claim, as a
 *   canonical form or a variant, is left out: DeepL would have to pick one English, and a
 *   wrong name is worse than DeepL's own guess. A canonical form always stays.
 * English variants are not sent: a glossary maps source to one target, and the target is
 * our canonical English.
 * Sorted by French form, so that the same entries always give the same hash.
 */
export function glossaryPairs(terms: readonly GlossaryTerm[]): GlossaryPair[] {
  const forms = terms.map((term) => ({
    fr: normalizeText(term.fr),
    en: normalizeText(term.en),
    variants: (term.variants?.fr ?? []).map(normalizeText).filter(Boolean),
  }));
  // Every English a folded French form could stand for, over canonical forms and variants.
  const targets = new Map<string, Set<string>>();
  const claim = (fr: string, en: string) => targets.set(foldForMatch(fr), (targets.get(foldForMatch(fr)) ?? new Set()).add(en));
  for (const f of forms) {
    if (!f.fr || !f.en) continue;
    claim(f.fr, f.en);
    for (const v of f.variants) claim(v, f.en);
  }
  const lines = new Map<string, string>(); // French form as written → English
  for (const f of forms) if (f.fr && f.en && !lines.has(f.fr)) lines.set(f.fr, f.en);
  for (const f of forms) {
    if (!f.fr || !f.en) continue;
    for (const v of f.variants) {
      if (!lines.has(v) && targets.get(foldForMatch(v))!.size === 1) lines.set(v, f.en);
    }
  }
  return [...lines]
    .map(([fr, en]) => ({ fr, en }))
    .filter((p) => !INVALID_TERM.test(p.fr) && !INVALID_TERM.test(p.en))
    .sort((a, b) => (a.fr < b.fr ? -1 : a.fr > b.fr ? 1 : 0));
}

/** Identity of a glossary's content: a change in any line gives a new hash. */
export function glossaryHash(pairs: readonly GlossaryPair[]): string {
  const lines = [`${SOURCE_LANG}>${TARGET_LANG}`, ...pairs.map((p) => `${p.fr}\t${p.en}`)];
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 32);
}

export interface GlossarySyncResult {
  glossaryId: string | null;
  outcome: "none" | "reused" | "created";
  entries: number;
}

/**
 * The DeepL glossary for our current entries: the one created before if the entries are
 * unchanged and DeepL still has it, else a new one (the old ones are deleted on DeepL, best
 * effort, and forgotten here). No entries, no glossary.
 */
export async function syncDeeplGlossary(db: Db, provider: TranslationProvider, terms: readonly GlossaryTerm[]): Promise<GlossarySyncResult> {
  const pairs = glossaryPairs(terms);
  if (!pairs.length) return { glossaryId: null, outcome: "none", entries: 0 };
  const entriesHash = glossaryHash(pairs);
  const known = await db.deeplGlossary.findMany({ where: { sourceLang: SOURCE_LANG, targetLang: TARGET_LANG }, orderBy: { id: "desc" } });

  const current = known.find((g) => g.entriesHash === entriesHash);
  if (current && (await provider.glossaryExists(current.deeplId))) {
    return { glossaryId: current.deeplId, outcome: "reused", entries: pairs.length };
  }

  const deeplId = await provider.createGlossary(`vis-a-vis ${SOURCE_LANG}-${TARGET_LANG} ${entriesHash.slice(0, 8)}`, pairs);
  await db.$transaction(async (tx) => {
    await tx.deeplGlossary.deleteMany({ where: { id: { in: known.map((g) => g.id) } } });
    await tx.deeplGlossary.create({ data: { deeplId, sourceLang: SOURCE_LANG, targetLang: TARGET_LANG, entriesHash } });
  });
  // DeepL allows 1000 glossaries per account: do not leave the replaced ones behind.
  for (const old of known) await provider.deleteGlossary(old.deeplId).catch(() => undefined);
  return { glossaryId: deeplId, outcome: "created", entries: pairs.length };
}

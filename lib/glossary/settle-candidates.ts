import { z } from "zod";
import type { Tx } from "../db/client";
import { foldForMatch } from "../text/normalize";

const strings = z.array(z.string()).catch([]);

/**
 * Once an entry names what a pending candidate names (its French form or a French variant,
 * case and accents aside), the candidate is settled: accepted, with the entry's English and
 * kind, so that the review list does not keep offering a name the glossary has. Returns how
 * many were settled.
 */
export async function settleCandidatesFor(tx: Tx, entryId: number): Promise<number> {
  const entry = await tx.glossaryEntry.findUnique({ where: { id: entryId }, include: { variants: true } });
  if (!entry) return 0;
  const names = new Set([entry.fr, ...entry.variants.filter((v) => v.lang === "fr").map((v) => v.text)].map(foldForMatch));
  const pending = await tx.glossaryCandidate.findMany({ where: { status: "pending" }, select: { id: true, fr: true, variants: true } });
  const settled = pending.filter((c) => [c.fr, ...strings.parse(c.variants)].some((f) => names.has(foldForMatch(f))));
  if (settled.length) {
    await tx.glossaryCandidate.updateMany({ where: { id: { in: settled.map((c) => c.id) } }, data: { status: "accepted", en: entry.en, kind: entry.kind } });
  }
  return settled.length;
}

/**
 * settleCandidatesFor over the whole glossary at once, after a glossary file's import: every
 * pending candidate whose name an entry has (French form or variant, case and accents aside)
 * is settled on it. One read of the glossary's French names and of the pending candidates.
 */
export async function settleAllCandidates(tx: Tx): Promise<number> {
  const pending = await tx.glossaryCandidate.findMany({ where: { status: "pending" }, select: { id: true, fr: true, variants: true } });
  if (!pending.length) return 0;
  const entries = await tx.glossaryEntry.findMany({ select: { id: true, fr: true, en: true, kind: true, variants: { where: { lang: "fr" }, select: { text: true } } } });
  const byName = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) for (const name of [entry.fr, ...entry.variants.map((v) => v.text)]) if (!byName.has(foldForMatch(name))) byName.set(foldForMatch(name), entry);
  let settled = 0;
  for (const candidate of pending) {
    const entry = [candidate.fr, ...strings.parse(candidate.variants)].map((name) => byName.get(foldForMatch(name))).find(Boolean);
    if (!entry) continue;
    await tx.glossaryCandidate.update({ where: { id: candidate.id }, data: { status: "accepted", en: entry.en, kind: entry.kind } });
    settled++;
  }
  return settled;
}

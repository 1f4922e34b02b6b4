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

import { COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import { logGlossaryChange } from "./change-log";
import type { GlossaryEntryInput } from "./entry-schema";
import { writeTransaction } from "../db/write-transaction";
import { settleAllCandidates } from "./settle-candidates";

const variantRows = (entry: GlossaryEntryInput) => [
  ...new Set(entry.variants.fr.filter((v) => v !== entry.fr)),
].map((text) => ({ lang: "fr", text })).concat(
  [...new Set(entry.variants.en.filter((v) => v !== entry.en))].map((text) => ({ lang: "en", text })),
);

/** Creates or updates one entry (found by its French form) with exactly the given variants. */
export async function saveEntry(tx: Tx, entry: GlossaryEntryInput): Promise<"created" | "updated" | "unchanged"> {
  const wanted = variantRows(entry);
  const existing = await tx.glossaryEntry.findUnique({ where: { fr: entry.fr }, include: { variants: true } });
  if (!existing) {
    await tx.glossaryEntry.create({
      data: { kind: entry.kind, fr: entry.fr, en: entry.en, note: entry.note ?? null, noteFr: entry.noteFr ?? null, variants: { create: wanted } },
    });
    return "created";
  }
  const key = (v: { lang: string; text: string }) => `${v.lang}\u0000${v.text}`;
  const have = new Set(existing.variants.map(key));
  const want = new Set(wanted.map(key));
  const stale = existing.variants.filter((v) => !want.has(key(v)));
  const missing = wanted.filter((v) => !have.has(key(v)));
  const fieldsChanged = existing.kind !== entry.kind || existing.en !== entry.en || existing.note !== (entry.note ?? null) || existing.noteFr !== (entry.noteFr ?? null);
  if (!fieldsChanged && !stale.length && !missing.length) return "unchanged";
  await tx.glossaryEntry.update({
    where: { id: existing.id },
    data: {
      kind: entry.kind,
      en: entry.en,
      note: entry.note ?? null,
      noteFr: entry.noteFr ?? null,
      variants: { deleteMany: { id: { in: stale.map((v) => v.id) } }, create: missing },
    },
  });
  return "updated";
}

/**
/**
 * Saves many entries in one transaction; returns how many were created, updated,
 * unchanged. When any was written, the change is logged once as an import of `source`
 * (a file's name) by `actor`, and the pending candidates the glossary now names are
 * settled, as when an entry is added by hand.
 */
export async function saveEntries(db: Db, entries: readonly GlossaryEntryInput[], origin: { actor?: Actor; source?: string } = {}) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  await writeTransaction(db, async (tx) => {
    for (const entry of entries) counts[await saveEntry(tx, entry)]++;
    if (counts.created || counts.updated) {
      const subject = `${origin.source ?? "entries"} (${counts.created} created, ${counts.updated} updated)`;
      await logGlossaryChange(tx, origin.actor ?? COMMAND_ACTOR, { action: "importFile", entryId: null, subject });
      await settleAllCandidates(tx);
    }
  });
  return counts;
}

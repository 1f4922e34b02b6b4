import { z } from "zod";
import type { Db, Tx } from "../db/client";
import { UserError } from "../errors";
import { foldForMatch } from "../text/normalize";
import { GLOSSARY_KINDS, glossaryEntryInput, type GlossaryEntryInput, type GlossaryKind } from "./entry-schema";
import { loadGlossaryTerms } from "./load-terms";
import { GlossaryMatcher, type GlossaryTerm } from "./matcher";
import { settleCandidatesFor } from "./settle-candidates";

/** Where an entry's French forms occur: one line per document. */
export interface EntryOccurrence {
  slug: string;
  title: string;
  count: number;
}

export interface GlossaryListItem extends GlossaryTerm {
  /** Variant rows with their ids, so that one can be removed. */
  variantRows: { id: number; lang: "fr" | "en"; text: string }[];
  documents: EntryOccurrence[];
}

export interface EntryFilter {
  kind?: GlossaryKind;
  /** Matched against French and English forms and variants, ignoring case and accents. */
  q?: string;
}

/**
 * For each entry, the documents whose French text names it (longest match wins, as in the
 * reader), with how often.
 */
export async function entryOccurrences(db: Db, terms: readonly GlossaryTerm[]): Promise<Map<number, EntryOccurrence[]>> {
  const matcher = new GlossaryMatcher(terms, "fr");
  const docs = await db.document.findMany({
    select: { slug: true, titleFr: true, sourceParagraphs: { select: { text: true } } },
    orderBy: { id: "asc" },
  });
  const result = new Map<number, EntryOccurrence[]>();
  for (const doc of docs) {
    const counts = new Map<number, number>();
    for (const p of doc.sourceParagraphs) for (const m of matcher.find(p.text)) counts.set(m.entryId, (counts.get(m.entryId) ?? 0) + 1);
    for (const [id, count] of counts) result.set(id, [...(result.get(id) ?? []), { slug: doc.slug, title: doc.titleFr, count }]);
  }
  return result;
}

/** The glossary as the page lists it: filtered, sorted by French form, with variants and documents. */
export async function listEntries(db: Db, filter: EntryFilter = {}): Promise<GlossaryListItem[]> {
  const terms = await loadGlossaryTerms(db);
  const rows = await db.glossaryVariant.findMany({ orderBy: [{ lang: "asc" }, { text: "asc" }] });
  const occurrences = await entryOccurrences(db, terms);
  const needle = filter.q ? foldForMatch(filter.q) : "";
  return terms
    .filter((t) => !filter.kind || t.kind === filter.kind)
    .filter((t) => !needle || [t.fr, t.en, ...t.variants.fr, ...t.variants.en].some((f) => foldForMatch(f).includes(needle)))
    .sort((a, b) => a.fr.localeCompare(b.fr, "fr"))
    .map((t) => ({
      ...t,
      variantRows: rows.filter((v) => v.entryId === t.id).map((v) => ({ id: v.id, lang: v.lang as "fr" | "en", text: v.text })),
      documents: occurrences.get(t.id) ?? [],
    }));
}

const idSchema = z.coerce.number({ error: "must be a number" }).int("must be a whole number").positive("must be positive");

/** Parses an id given by a form or a command line; the error names the field. */
export function parseId(value: unknown, field = "id"): number {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new UserError(`${field}: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

/** Validates an entry; the error names the field ("en: must not be empty"). */
export function parseEntry(input: unknown): GlossaryEntryInput {
  const parsed = glossaryEntryInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${issue.path.join(".") || "entry"}: ${issue.message}`);
  }
  return parsed.data;
}

async function assertFrenchFree(db: Db, fr: string, exceptId?: number) {
  const clash = await db.glossaryEntry.findUnique({ where: { fr } });
  if (clash && clash.id !== exceptId) throw new UserError(`fr: "${fr}" is already in the glossary`);
}

/** Adds an entry; refuses a French form the glossary already has. A pending candidate of the same name is settled. */
export async function createEntry(db: Db, input: unknown): Promise<number> {
  const entry = parseEntry(input);
  await assertFrenchFree(db, entry.fr);
  return db.$transaction(async (tx) => {
    const id = await insertEntry(tx, entry);
    await settleCandidatesFor(tx, id);
    return id;
  });
}

async function insertEntry(tx: Tx, entry: GlossaryEntryInput): Promise<number> {
  const created = await tx.glossaryEntry.create({
    data: {
      kind: entry.kind,
      fr: entry.fr,
      en: entry.en,
      note: entry.note || null,
      variants: {
        create: [
          ...[...new Set(entry.variants.fr)].filter((v) => v !== entry.fr).map((text) => ({ lang: "fr", text })),
          ...[...new Set(entry.variants.en)].filter((v) => v !== entry.en).map((text) => ({ lang: "en", text })),
        ],
      },
    },
  });
  return created.id;
}

const entryFields = z.object({
  kind: z.enum(GLOSSARY_KINDS),
  fr: glossaryEntryInput.shape.fr,
  en: glossaryEntryInput.shape.en,
  note: glossaryEntryInput.shape.note,
});

/** Changes an entry's kind, forms and note (its variants stay). */
export async function updateEntry(db: Db, id: number, input: unknown): Promise<void> {
  const parsed = entryFields.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${issue.path.join(".")}: ${issue.message}`);
  }
  const { kind, fr, en, note } = parsed.data;
  await db.$transaction(async (tx) => {
    const existing = await tx.glossaryEntry.findUnique({ where: { id } });
    if (!existing) throw new UserError(`id: no glossary entry ${id}`);
    const clash = await tx.glossaryEntry.findUnique({ where: { fr } });
    if (clash && clash.id !== id) throw new UserError(`fr: "${fr}" is already in the glossary`);
    await tx.glossaryEntry.update({ where: { id }, data: { kind, fr, en, note: note || null } });
    // A variant equal to the new main form would be redundant.
    await tx.glossaryVariant.deleteMany({ where: { entryId: id, OR: [{ lang: "fr", text: fr }, { lang: "en", text: en }] } });
    await settleCandidatesFor(tx, id);
  });
}

export async function deleteEntry(db: Db, id: number): Promise<void> {
  const { count } = await db.glossaryEntry.deleteMany({ where: { id } });
  if (!count) throw new UserError(`id: no glossary entry ${id}`);
}

const variantInput = z.object({
  lang: z.enum(["fr", "en"], { error: "must be fr or en" }),
  text: glossaryEntryInput.shape.fr,
});

/** Adds another spelling of an entry's name in one language. */
export async function addVariant(db: Db, entryId: number, input: unknown): Promise<number> {
  const parsed = variantInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${issue.path.join(".")}: ${issue.message}`);
  }
  const { lang, text } = parsed.data;
  const entry = await db.glossaryEntry.findUnique({ where: { id: entryId }, include: { variants: true } });
  if (!entry) throw new UserError(`entryId: no glossary entry ${entryId}`);
  if (entry[lang] === text || entry.variants.some((v) => v.lang === lang && v.text === text)) {
    throw new UserError(`text: "${text}" is already a form of this entry`);
  }
  return db.$transaction(async (tx) => {
    const variant = await tx.glossaryVariant.create({ data: { entryId, lang, text } });
    // Another French spelling may be what a pending candidate names.
    if (lang === "fr") await settleCandidatesFor(tx, entryId);
    return variant.id;
  });
}

export async function deleteVariant(db: Db, variantId: number): Promise<void> {
  const { count } = await db.glossaryVariant.deleteMany({ where: { id: variantId } });
  if (!count) throw new UserError(`variantId: no variant ${variantId}`);
}

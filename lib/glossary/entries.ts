import { z } from "zod";
import { COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/sql";
import { UserError } from "../errors";
import { foldForMatch } from "../text/normalize";
import { GLOSSARY_KINDS, glossaryEntryInput, type GlossaryEntryInput, type GlossaryKind } from "./entry-schema";
import { currentGlossary, loadGlossaryTerms } from "./load-terms";
import { GlossaryMatcher, type GlossaryTerm } from "./matcher";
import { logGlossaryChange } from "./change-log";
import { settleCandidatesFor } from "./settle-candidates";
import { validate } from "../validate";

/** Where an entry's French forms occur: one line per document. */
export interface EntryOccurrence {
  slug: string;
  title: string;
  count: number;
}

export interface GlossaryListItem extends GlossaryTerm {
  /** Variant rows with their ids, so that one can be removed. */
  variantRows: { id: number; lang: "fr" | "en"; text: string }[];
  /** The documents naming it most (at most ten). */
  documents: EntryOccurrence[];
  /** How many documents name it. */
  documentCount: number;
}

export interface EntryFilter {
  kind?: GlossaryKind;
  /** Matched against French and English forms and variants, ignoring case and accents. */
  q?: string;
}

/** Documents listed per entry; the rest are counted ("and N more"). */
const DOCUMENTS_PER_ENTRY = 10;
export const GLOSSARY_PAGE_SIZE = 50;

/**
 * For each of these entries, the documents whose French text names it most often (longest
 * match wins, as in the reader), with how often: from the stored mentions
 * (lib/glossary/stored-flags.ts), so no document is read here.
 */
export async function entryOccurrences(db: Db, entryIds: readonly number[]): Promise<Map<number, { documents: EntryOccurrence[]; total: number }>> {
  const result = new Map<number, { documents: EntryOccurrence[]; total: number }>();
  if (!entryIds.length) return result;
  const ids = Prisma.join([...entryIds]);
  // Only the first few documents of each entry leave the database: a common name is
  // mentioned in thousands of a large library's documents (reading them all took 0.4 s a
  // page at 10,000 documents).
  const [top, totals] = await Promise.all([
    db.$queryRaw<{ entryId: unknown; count: unknown; slug: string; titleFr: string }[]>`
      SELECT m."entryId", m."count", d."slug", d."titleFr" FROM (
        SELECT "entryId", "documentId", "count", ROW_NUMBER() OVER (PARTITION BY "entryId" ORDER BY "count" DESC, "documentId") AS "rank"
        FROM "GlossaryMention" WHERE "entryId" IN (${ids})
      ) m JOIN "Document" d ON d."id" = m."documentId"
      WHERE m."rank" <= ${DOCUMENTS_PER_ENTRY}
      ORDER BY m."entryId", m."rank"`,
    db.glossaryMention.groupBy({ by: ["entryId"], where: { entryId: { in: [...entryIds] } }, _count: true }),
  ]);
  for (const { entryId, _count } of totals) result.set(entryId, { documents: [], total: _count });
  for (const m of top) result.get(Number(m.entryId))?.documents.push({ slug: m.slug, title: m.titleFr, count: Number(m.count) });
  return result;
}

export interface GlossaryPage {
  entries: GlossaryListItem[];
  /** Entries matching the filter, all pages. */
  matching: number;
  /** Entries in the glossary. */
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the glossary as the page lists it: filtered (kind; search over French and
 * English forms and variants, case and accents ignored), sorted by French form, with
 * variants and the documents naming each entry. Filtering runs over the cached terms
 * (lib/glossary/load-terms.ts); variants and documents are read for the page's entries only.
 */
export async function listGlossaryPage(db: Db, filter: EntryFilter & { page?: number; pageSize?: number } = {}): Promise<GlossaryPage> {
  const { terms } = await currentGlossary(db);
  const needle = filter.q ? foldForMatch(filter.q) : "";
  const matching = terms
    .filter((t) => !filter.kind || t.kind === filter.kind)
    .filter((t) => !needle || [t.fr, t.en, ...t.variants.fr, ...t.variants.en].some((f) => foldForMatch(f).includes(needle)))
    .sort((a, b) => a.fr.localeCompare(b.fr, "fr"));
  const pageSize = filter.pageSize ?? GLOSSARY_PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
  const shown = matching.slice((page - 1) * pageSize, page * pageSize);
  const ids = shown.map((t) => t.id);
  const [rows, occurrences] = await Promise.all([
    db.glossaryVariant.findMany({ where: { entryId: { in: ids } }, orderBy: [{ lang: "asc" }, { text: "asc" }] }),
    entryOccurrences(db, ids),
  ]);
  return {
    matching: matching.length,
    total: terms.length,
    page,
    pages,
    entries: shown.map((t) => ({
      ...t,
      variantRows: rows.filter((v) => v.entryId === t.id).map((v) => ({ id: v.id, lang: v.lang as "fr" | "en", text: v.text })),
      documents: occurrences.get(t.id)?.documents ?? [],
      documentCount: occurrences.get(t.id)?.total ?? 0,
    })),
  };
}

/** The first page of the glossary's entries matching the filter (see listGlossaryPage). */
export async function listEntries(db: Db, filter: EntryFilter & { page?: number } = {}): Promise<GlossaryListItem[]> {
  return (await listGlossaryPage(db, filter)).entries;
}

const idSchema = z.coerce.number({ error: "must be a number" }).int("must be a whole number").positive("must be positive");

/** Parses an id given by a form or a command line; the error names the field. */
export function parseId(value: unknown, field = "id"): number {
  return validate(idSchema, value, field);
}

/** Validates an entry; the error names the field ("en: must not be empty"). */
export function parseEntry(input: unknown): GlossaryEntryInput {
  return validate(glossaryEntryInput, input, undefined, "entry");
}

const inGlossaryAlready = (fr: string) => new UserError({ code: "alreadyExists", field: "fr", value: fr, values: { scope: "glossary" }, problem: "already in the glossary" });
const noEntry = (id: number) => new UserError({ code: "notFound", field: "entry", value: id, problem: "no such glossary entry" });

async function assertFrenchFree(db: Db, fr: string, exceptId?: number) {
  const clash = await db.glossaryEntry.findUnique({ where: { fr } });
  if (clash && clash.id !== exceptId) throw inGlossaryAlready(fr);
}

/** Adds an entry; refuses a French form the glossary already has. A pending candidate of the same name is settled. */
export async function createEntry(db: Db, input: unknown, actor: Actor = COMMAND_ACTOR): Promise<number> {
  const entry = parseEntry(input);
  await assertFrenchFree(db, entry.fr);
  return db.$transaction(async (tx) => {
    const id = await insertEntry(tx, entry);
    await settleCandidatesFor(tx, id);
    await logGlossaryChange(tx, actor, { action: "createEntry", entryId: id, subject: entry.fr });
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
      noteFr: entry.noteFr || null,
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
  noteFr: glossaryEntryInput.shape.noteFr,
});

/** Changes an entry's kind, forms and notes (its variants stay). */
export async function updateEntry(db: Db, id: number, input: unknown, actor: Actor = COMMAND_ACTOR): Promise<void> {
  const { kind, fr, en, note, noteFr } = validate(entryFields, input, undefined, "entry");
  await db.$transaction(async (tx) => {
    const existing = await tx.glossaryEntry.findUnique({ where: { id } });
    if (!existing) throw noEntry(id);
    const clash = await tx.glossaryEntry.findUnique({ where: { fr } });
    if (clash && clash.id !== id) throw inGlossaryAlready(fr);
    await tx.glossaryEntry.update({ where: { id }, data: { kind, fr, en, note: note || null, noteFr: noteFr || null } });
    // A variant equal to the new main form would be redundant.
    await tx.glossaryVariant.deleteMany({ where: { entryId: id, OR: [{ lang: "fr", text: fr }, { lang: "en", text: en }] } });
    await settleCandidatesFor(tx, id);
    await logGlossaryChange(tx, actor, { action: "updateEntry", entryId: id, subject: fr === existing.fr ? fr : `${existing.fr} → ${fr}` });
  });
}

export async function deleteEntry(db: Db, id: number, actor: Actor = COMMAND_ACTOR): Promise<void> {
  await db.$transaction(async (tx) => {
    const entry = await tx.glossaryEntry.findUnique({ where: { id }, select: { fr: true } });
    if (!entry) throw noEntry(id);
    await tx.glossaryEntry.delete({ where: { id } });
    await logGlossaryChange(tx, actor, { action: "deleteEntry", entryId: id, subject: entry.fr });
  });
}

const variantSubject = (entryFr: string, variant: { lang: string; text: string }) => `${entryFr}: ${variant.lang} "${variant.text}"`;

const variantInput = z.object({
  lang: z.enum(["fr", "en"], { error: "must be fr or en" }),
  text: glossaryEntryInput.shape.fr,
});

/** Adds another spelling of an entry's name in one language. */
export async function addVariant(db: Db, entryId: number, input: unknown, actor: Actor = COMMAND_ACTOR): Promise<number> {
  const { lang, text } = validate(variantInput, input, undefined, "variant");
  const entry = await db.glossaryEntry.findUnique({ where: { id: entryId }, include: { variants: true } });
  if (!entry) throw noEntry(entryId);
  if (entry[lang] === text || entry.variants.some((v) => v.lang === lang && v.text === text)) {
    throw new UserError({ code: "alreadyExists", field: "variant", value: text, values: { scope: "entry" }, problem: "already a form of this entry" });
  }
  return db.$transaction(async (tx) => {
    const variant = await tx.glossaryVariant.create({ data: { entryId, lang, text } });
    // Another French spelling may be what a pending candidate names.
    if (lang === "fr") await settleCandidatesFor(tx, entryId);
    await logGlossaryChange(tx, actor, { action: "addVariant", entryId, subject: variantSubject(entry.fr, { lang, text }) });
    return variant.id;
  });
}

export async function deleteVariant(db: Db, variantId: number, actor: Actor = COMMAND_ACTOR): Promise<void> {
  await db.$transaction(async (tx) => {
    const variant = await tx.glossaryVariant.findUnique({ where: { id: variantId }, include: { entry: { select: { fr: true } } } });
    if (!variant) throw new UserError({ code: "notFound", field: "variant", value: variantId, problem: "no such variant" });
    await tx.glossaryVariant.delete({ where: { id: variantId } });
    await logGlossaryChange(tx, actor, { action: "deleteVariant", entryId: variant.entryId, subject: variantSubject(variant.entry.fr, variant) });
  });
}

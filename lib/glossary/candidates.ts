import { z } from "zod";
import { COMMAND_ACTOR, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { loadAlignedRows } from "../documents/aligned-rows";
import { namedOrAllDocuments } from "../documents/find-document";
import { UserError } from "../errors";
import { logGlossaryChange } from "./change-log";
import { GLOSSARY_KINDS, type GlossaryKind } from "./entry-schema";
import { parseEntry } from "./entries";
import { extractCandidates, type ExtractedCandidate } from "./extract";
import { loadGlossaryTerms } from "./load-terms";
import { saveEntry } from "./save-entries";
import { settleCandidatesFor } from "./settle-candidates";

export type CandidateStatus = "pending" | "accepted" | "rejected";

export interface StoredCandidate extends ExtractedCandidate {
  id: number;
  status: CandidateStatus;
}

const strings = z.array(z.string()).catch([]);

function toStored(row: {
  id: number; fr: string; kind: string; variants: unknown; en: string | null; documents: unknown; occurrences: number; status: string;
}): StoredCandidate {
  return {
    id: row.id,
    fr: row.fr,
    kind: (GLOSSARY_KINDS as readonly string[]).includes(row.kind) ? (row.kind as GlossaryKind) : "other",
    variants: strings.parse(row.variants),
    en: row.en,
    documents: strings.parse(row.documents),
    occurrences: row.occurrences,
    status: row.status as CandidateStatus,
  };
}

/**
 * Extracts candidates from the named documents (all when `slugs` is omitted) and stores
 * them for review. Names the glossary already has are left out; a candidate a person
 * already accepted or rejected keeps that decision. Returns what this run found, without
 * the rejected ones.
 */
export async function extractAndStoreCandidates(db: Db, slugs?: readonly string[]): Promise<StoredCandidate[]> {
  const docs = await namedOrAllDocuments(db, slugs);
  const documents = [];
  for (const doc of docs) documents.push({ slug: doc.slug, rows: await loadAlignedRows(db, doc.id) });
  // Every French paragraph tells names from capitalised common words, whatever was asked for.
  const allFrench = (await db.sourceParagraph.findMany({ select: { text: true } })).map((p) => p.text);
  const found = extractCandidates(documents, await loadGlossaryTerms(db), allFrench);

  const stored: StoredCandidate[] = [];
  await db.$transaction(async (tx) => {
    // After a run over every document, a pending candidate not found again is stale: its
    // name entered the glossary some other way, or the text naming it is gone.
    if (!slugs) await tx.glossaryCandidate.deleteMany({ where: { status: "pending", fr: { notIn: found.map((c) => c.fr) } } });
    for (const c of found) {
      const existing = await tx.glossaryCandidate.findUnique({ where: { fr: c.fr } });
      if (!existing) {
        const row = await tx.glossaryCandidate.create({
          data: { fr: c.fr, kind: c.kind, variants: c.variants, en: c.en, documents: c.documents, occurrences: c.occurrences },
        });
        stored.push(toStored(row));
        continue;
      }
      const before = toStored(existing);
      const documentsBefore = new Set(before.documents);
      const sameDocuments = c.documents.every((d) => documentsBefore.has(d)) && (!slugs || before.documents.every((d) => c.documents.includes(d)));
      const documents = slugs ? [...new Set([...before.documents, ...c.documents])] : c.documents;
      const data =
        before.status === "pending"
          ? {
              kind: c.kind,
              variants: [...new Set([...before.variants, ...c.variants])],
              en: before.en ?? c.en,
              documents,
              occurrences: !slugs || sameDocuments ? c.occurrences : before.occurrences + c.occurrences,
            }
          : { documents };
      const row = await tx.glossaryCandidate.update({ where: { id: existing.id }, data });
      if (row.status !== "rejected") stored.push(toStored(row));
    }
  });
  return stored;
}

export async function listCandidates(db: Db, status: CandidateStatus = "pending", page?: { skip: number; take: number }): Promise<StoredCandidate[]> {
  const rows = await db.glossaryCandidate.findMany({ where: { status }, orderBy: [{ occurrences: "desc" }, { fr: "asc" }], ...page });
  return rows.map(toStored);
}

/** How many candidates have this status. */
export const countCandidates = (db: Db, status: CandidateStatus = "pending") => db.glossaryCandidate.count({ where: { status } });

async function pendingCandidate(db: Db, id: number) {
  const row = await db.glossaryCandidate.findUnique({ where: { id } });
  if (!row) throw new UserError({ code: "notFound", field: "candidate", value: id, problem: "no such candidate" });
  if (row.status !== "pending") throw new UserError({ code: "alreadyDecided", field: "candidate", value: id, values: { status: row.status }, problem: `already ${row.status}` });
  return toStored(row);
}

export interface AcceptChanges {
  /** The English form (required unless extraction proposed one). */
  en?: string | null;
  kind?: string;
  fr?: string;
  note?: string | null;
  noteFr?: string | null;
}

/**
 * A person's yes: the candidate becomes a glossary entry (its French variants with it),
 * with the English form as given (or as proposed), in one transaction. When the glossary
 * already has the name (as an entry's French form or French variant, added by hand since
 * extraction, say), the candidate is settled on that entry instead: the entry keeps its
 * forms, and what the candidate brings that the entry lacks (other French spellings, the
 * English typed) is added as variants, so nothing typed is lost. Returns the entry's id.
 */
export async function acceptCandidate(db: Db, id: number, changes: AcceptChanges = {}, actor: Actor = COMMAND_ACTOR): Promise<number> {
  const candidate = await pendingCandidate(db, id);
  const fr = changes.fr || candidate.fr;
  return db.$transaction(async (tx) => {
    const existing = await tx.glossaryEntry.findFirst({
      where: { OR: [{ fr }, { variants: { some: { lang: "fr", text: fr } } }] },
      include: { variants: true },
    });
    if (existing) {
      const has = (lang: string, text: string) => existing[lang as "fr" | "en"] === text || existing.variants.some((v) => v.lang === lang && v.text === text);
      const english = changes.en?.trim() || candidate.en;
      const added = [
        ...[candidate.fr, ...candidate.variants, fr].map((text) => ({ lang: "fr", text })),
        ...(english ? [{ lang: "en", text: english }] : []),
      ].filter((v, i, all) => !has(v.lang, v.text) && all.findIndex((w) => w.lang === v.lang && w.text === v.text) === i);
      if (added.length) await tx.glossaryVariant.createMany({ data: added.map((v) => ({ entryId: existing.id, ...v })) });
      await tx.glossaryCandidate.update({ where: { id }, data: { status: "accepted", en: existing.en, kind: existing.kind } });
      await settleCandidatesFor(tx, existing.id);
      await logGlossaryChange(tx, actor, { action: "acceptCandidate", entryId: existing.id, subject: candidate.fr });
      return existing.id;
    }
    const entry = parseEntry({
      kind: changes.kind || candidate.kind,
      fr,
      en: changes.en ?? candidate.en ?? "",
      note: changes.note || null,
      noteFr: changes.noteFr || null,
      variants: { fr: candidate.variants.filter((v) => v !== fr), en: [] },
    });
    await saveEntry(tx, entry);
    await tx.glossaryCandidate.update({ where: { id }, data: { status: "accepted", en: entry.en, kind: entry.kind } });
    const created = (await tx.glossaryEntry.findUniqueOrThrow({ where: { fr: entry.fr } })).id;
    await logGlossaryChange(tx, actor, { action: "acceptCandidate", entryId: created, subject: candidate.fr });
    return created;
  });
}

/** A person's no: the candidate is kept as rejected, so that extraction does not propose it again. */
export async function rejectCandidate(db: Db, id: number, actor: Actor = COMMAND_ACTOR): Promise<void> {
  const candidate = await pendingCandidate(db, id);
  await db.$transaction(async (tx) => {
    await tx.glossaryCandidate.update({ where: { id }, data: { status: "rejected" } });
    await logGlossaryChange(tx, actor, { action: "rejectCandidate", entryId: null, subject: candidate.fr });
  });
}

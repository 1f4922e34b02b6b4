import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../db/client";
import { glossaryEntryInput } from "../glossary/entry-schema";
import { saveEntries } from "../glossary/save-entries";
import { importFile } from "../import/import-file";
import type { StoreResult } from "../import/store-article";

/** The demo corpus shipped with the repository: two AFP-style articles, their English, a glossary. */
export const SAMPLE_CORPUS_DIR = path.join(process.cwd(), "prisma", "corpus");

const manifestSchema = z.object({
  documents: z.array(z.object({ fr: z.string(), en: z.string().optional(), slug: z.string(), source: z.string().optional() })),
  glossary: z.string(),
});

export interface SampleCorpusResult {
  /** "present": a document with this slug exists and was left as it is. */
  documents: { slug: string; outcome: StoreResult["outcome"] | "present" }[];
  /** Entries created; those already in the glossary (by French form) are left as they are. */
  glossary: { created: number; present: number };
}

/**
 * Loads what of the sample corpus is missing. Documents and glossary entries already in
 * the database are left exactly as they are, even where they differ from the files: they
 * may carry a person's corrections, which a set-up must never undo. Running it again
 * changes nothing.
 */
export async function loadSampleCorpus(db: Db, dir: string = SAMPLE_CORPUS_DIR): Promise<SampleCorpusResult> {
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")));
  const documents: SampleCorpusResult["documents"] = [];
  for (const doc of manifest.documents) {
    if (await db.document.findUnique({ where: { slug: doc.slug }, select: { id: true } })) {
      documents.push({ slug: doc.slug, outcome: "present" });
      continue;
    }
    const stored = await importFile(db, path.join(dir, doc.fr), { en: doc.en && path.join(dir, doc.en), slug: doc.slug, source: doc.source });
    documents.push({ slug: stored.slug, outcome: stored.outcome });
  }
  const entries = z.array(glossaryEntryInput).parse(JSON.parse(fs.readFileSync(path.join(dir, manifest.glossary), "utf8")));
  const known = new Set((await db.glossaryEntry.findMany({ select: { fr: true } })).map((e) => e.fr));
  const missing = entries.filter((e) => !known.has(e.fr));
  const saved = await saveEntries(db, missing);
  return { documents, glossary: { created: saved.created, present: entries.length - missing.length } };
}

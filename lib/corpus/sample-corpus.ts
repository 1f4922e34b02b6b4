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
  documents: StoreResult[];
  glossary: { created: number; updated: number; unchanged: number };
}

/** Loads the sample corpus; running it again changes nothing. */
export async function loadSampleCorpus(db: Db, dir: string = SAMPLE_CORPUS_DIR): Promise<SampleCorpusResult> {
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")));
  const documents: StoreResult[] = [];
  for (const doc of manifest.documents) {
    documents.push(
      await importFile(db, path.join(dir, doc.fr), {
        en: doc.en && path.join(dir, doc.en),
        slug: doc.slug,
        source: doc.source,
      }),
    );
  }
  const entries = z.array(glossaryEntryInput).parse(JSON.parse(fs.readFileSync(path.join(dir, manifest.glossary), "utf8")));
  return { documents, glossary: await saveEntries(db, entries) };
}

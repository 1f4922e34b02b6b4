import fs from "node:fs";
import { z } from "zod";
import type { Db } from "../db/client";
import { glossaryVersion } from "../db/versions";
import { UserError } from "../errors";
import { glossaryEntryInput } from "./entry-schema";
import type { GlossaryTerm } from "./matcher";
import { validate } from "../validate";

/** Every glossary entry with its variants, as matching needs them. */
export async function loadGlossaryTerms(db: Db): Promise<GlossaryTerm[]> {
  const entries = await db.glossaryEntry.findMany({ include: { variants: true }, orderBy: { id: "asc" } });
  return entries.map((e) => ({
    id: e.id,
    kind: e.kind as GlossaryTerm["kind"],
    fr: e.fr,
    en: e.en,
    note: e.note,
    noteFr: e.noteFr,
    variants: {
      fr: e.variants.filter((v) => v.lang === "fr").map((v) => v.text),
      en: e.variants.filter((v) => v.lang === "en").map((v) => v.text),
    },
  }));
}

/**
 * A glossary from a JSON file: an array of entries shaped like prisma/corpus/glossary.json
 * ({ kind, fr, en, note?, noteFr?, variants?: { fr: [], en: [] } }). Entries are numbered from 1.
 */
export function readGlossaryFile(file: string): GlossaryTerm[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `not valid JSON (${(error as Error).message})`;
    throw new UserError(`${file}: ${reason}`);
  }
  let entries;
  try {
    entries = validate(z.array(glossaryEntryInput), data, "entry");
  } catch (error) {
    // The file names the problem's place ("glossary.json: entry.3.en: must not be empty").
    if (error instanceof UserError) throw new UserError(`${file}: ${error.message}`);
    throw error;
  }
  return entries.map((entry, i) => ({ ...entry, id: i + 1 }));
}

let cached: { version: number; terms: Promise<GlossaryTerm[]> } | null = null;

/**
 * The glossary's terms with their version (lib/db/versions.ts), loaded again only when
 * the glossary changed (from any process): pages and checks read them on every request.
 */
export async function currentGlossary(db: Db): Promise<{ version: number; terms: GlossaryTerm[] }> {
  const version = await glossaryVersion(db);
  if (cached?.version !== version) {
    const terms = loadGlossaryTerms(db);
    cached = { version, terms };
    // A failed load is not kept.
    terms.catch(() => {
      if (cached?.terms === terms) cached = null;
    });
  }
  return { version, terms: await cached.terms };
}

import fs from "node:fs";
import path from "node:path";
import { readGlossaryFile } from "../../lib/glossary/load-terms";
import type { GlossaryTerm } from "../../lib/glossary/matcher";
import { parseArticleFile } from "../../lib/import/parse-article";
import type { DevCase, GoldLink, Split } from "./dev-case";
import { withKinds } from "./restructure";

/**
 * Parses a `*.gold.txt` case (format in tests/fixtures/align/README.md): blocks between
 * blank lines are gold links, `fr:` and `en:` lines their paragraphs.
 */
export function parseGoldText(name: string, text: string, split: Split = "report", ood = false): DevCase {
  let type = "other";
  let genre = "wire";
  const fr: string[] = [];
  const en: string[] = [];
  const gold: GoldLink[] = [];
  let current: GoldLink | null = null;
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.trim();
    const typed = /^#\s*type:\s*(\S+)/.exec(line);
    if (typed) type = typed[1];
    const genred = /^#\s*genre:\s*(\S+)/.exec(line);
    if (genred) genre = genred[1];
    if (line.startsWith("#")) return;
    if (!line) {
      current = null;
      return;
    }
    const m = /^(fr|en):\s*(.+)$/.exec(line);
    if (!m) throw new Error(`${name}: line ${k + 1}: expected "fr:" or "en:"`);
    if (!current) gold.push((current = { fr: [], en: [] }));
    const side = m[1] === "fr" ? fr : en;
    current[m[1] as "fr" | "en"].push(side.length);
    side.push(m[2]);
  });
  return { name, genre, type, split, ood, fr: withKinds(fr), en: withKinds(en), gold };
}

/** Every `*.gold.txt` case of a folder, with the folder's glossary.json when there is one. */
export function readGoldFolder(dir: string, split: Split, ood: boolean): DevCase[] {
  const glossaryFile = path.join(dir, "glossary.json");
  const glossary = fs.existsSync(glossaryFile) ? readGlossaryFile(glossaryFile) : undefined;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".gold.txt"))
    .sort()
    .map((f) => ({ ...parseGoldText(f.replace(/\.gold\.txt$/, ""), fs.readFileSync(path.join(dir, f), "utf8"), split, ood), glossary }));
}

/**
 * The sample corpus documents as the importer stores them (same parser, so the same
 * paragraph indices and kinds), with gold links from a JSON file.
 */
export function readSampleCorpusCases(corpusDir: string, goldFile: string, glossary?: GlossaryTerm[]): DevCase[] {
  const gold = JSON.parse(fs.readFileSync(goldFile, "utf8")) as { documents: Record<string, GoldLink[]> };
  return Object.entries(gold.documents).map(([slug, links]) => ({
    name: slug,
    genre: "wire",
    type: "sample-corpus",
    split: "report" as const,
    ood: false,
    fr: parseArticleFile(path.join(corpusDir, `${slug}.fr.txt`)).paragraphs,
    en: parseArticleFile(path.join(corpusDir, `${slug}.en.txt`)).paragraphs,
    gold: links,
    glossary,
  }));
}

import fs from "node:fs";
import path from "node:path";
import { parseGoldText } from "../../bench/align-dev/gold-file";
import type { AlignedRow } from "../../lib/documents/aligned-rows";
import type { ExtractionDocument } from "../../lib/glossary/extract";

const FIXTURES = path.join(__dirname, "..", "fixtures");
/** The aligner's first hand-written wire stories with gold links (its fit half: tests/fixtures/align/README.md). */
export const ALIGN_FIT = path.join(FIXTURES, "align", "fit");
/** All the aligner's hand-written stories: the fit half and the report half (other genres). */
export const ALIGN_GOLD = [ALIGN_FIT, path.join(FIXTURES, "align", "report")];
/** Stories written for these tests: exonyms, articles, acronyms (tests/fixtures/glossary). */
export const GLOSSARY_GOLD = path.join(FIXTURES, "glossary");

/** The `*.gold.txt` stories of the folders as documents aligned by their gold links. */
export function goldDocuments(...folders: (string | string[])[]): ExtractionDocument[] {
  const dirs = folders.flat();
  let id = 0;
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".gold.txt"))
      .sort()
      .map((file) => {
        const story = parseGoldText(file, fs.readFileSync(path.join(dir, file), "utf8"));
        const paragraph = (p: { text: string; kind?: string }, position: number) => ({
          id: ++id, position, kind: (p.kind ?? "body") as AlignedRow["fr"][number]["kind"], text: p.text, origin: "imported", status: "draft", version: 1,
        });
        const rows: AlignedRow[] = story.gold.map((link) => ({
          linkId: ++id,
          score: 1,
          method: "manual",
          locked: true,
          fr: link.fr.map((i) => paragraph(story.fr[i], i)),
          en: link.en.map((i) => paragraph(story.en[i], i)),
        }));
        return { slug: file.replace(/\.gold\.txt$/, ""), rows };
      }),
  );
}

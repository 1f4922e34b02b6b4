import fs from "node:fs";
import path from "node:path";
import { loadSampleCorpus } from "../../lib/corpus/sample-corpus";
import type { Db } from "../../lib/db/client";

const LINKS = path.join(__dirname, "..", "fixtures", "glossary", "sample-links.json");
type Links = Record<string, [number[], number[]][]>;

/**
 * Links the sample articles' paragraphs as a careful person would (by paragraph
 * position), so that glossary tests do not depend on the aligner's current accuracy.
 */
export async function alignSampleByHand(db: Db): Promise<void> {
  const links = JSON.parse(fs.readFileSync(LINKS, "utf8")) as Links;
  for (const [slug, pairs] of Object.entries(links)) {
    if (slug.startsWith("_")) continue;
    const doc = await db.document.findUniqueOrThrow({ where: { slug } });
    await db.alignmentLink.deleteMany({ where: { documentId: doc.id } });
    for (const [position, [fr, en]] of pairs.entries()) {
      const link = await db.alignmentLink.create({ data: { documentId: doc.id, position, score: 1, method: "manual", locked: true } });
      await db.sourceParagraph.updateMany({ where: { documentId: doc.id, position: { in: fr } }, data: { linkId: link.id } });
      await db.targetParagraph.updateMany({ where: { documentId: doc.id, position: { in: en } }, data: { linkId: link.id } });
    }
  }
}

/** The sample corpus, aligned by hand, with an empty glossary (so that no name is "known"). */
export async function loadAlignedSample(db: Db, { keepGlossary = false } = {}): Promise<void> {
  await loadSampleCorpus(db);
  await alignSampleByHand(db);
  if (!keepGlossary) await db.glossaryEntry.deleteMany();
}

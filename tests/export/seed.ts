import type { Db } from "../../lib/db/client";
import { hashText } from "../../lib/text/normalize";

/** Every kind of text that breaks careless writers. */
export const HOSTILE =
  `Le «chef» a dit <b>"non"</b> & 'oui' ]]> fin\tavec une tabulation\net un saut de ligne 😀 \u200F\u202Bשלום עליכם\u202C \u2028 &amp; <![CDATA[x]]>`;
export const HOSTILE_EN = `The "chief" said <i>'no'</i> & yes ]]>\tthen\r\nCRLF 👍🏽 \u200Eمرحبا\u200F end & &lt;`;
/** U+0001 and U+FFFE: not allowed in XML 1.0, dropped with a warning. */
export const FORBIDDEN = "Contrôle\u0001 caché\uFFFE ici";
export const FORBIDDEN_CLEAN = "Contrôle caché ici";

interface P {
  kind?: string;
  text: string;
  status?: string;
}

/**
 * A document with every shape of row: 1-1, 1-0, 2-1, 1-2 links, a French paragraph and an
 * English one that no link holds, statuses machine/draft/reviewed, hostile text.
 * Returns the rows expected in reading order (texts per side).
 */
export async function seedHostile(db: Db, slug = "hostile"): Promise<{ fr: string[]; en: string[]; status: string | null }[]> {
  const doc = await db.document.create({
    data: { slug, titleFr: "Titre <hostile> & «drôle»", titleEn: "Hostile & funny title", sourceHash: "x", source: "AFP" },
  });
  const fr: P[] = [
    { kind: "title", text: "Titre <hostile> & «drôle»" },
    { kind: "dateline", text: "(Paris, 1er mars 2026)" },
    { text: HOSTILE },
    { text: "Premier paragraphe fusionné, avec 1,9 million." },
    { text: "Second paragraphe fusionné, « entre guillemets »." },
    { kind: "caption", text: "Une légende sans traduction" },
    { text: FORBIDDEN },
    { text: "Dernier paragraphe, scindé en deux." },
  ];
  const en: P[] = [
    { kind: "title", text: "Hostile & funny title", status: "reviewed" },
    { text: HOSTILE_EN, status: "machine" },
    { text: "Merged paragraphs, with 1.9 million, \"in quotes\".", status: "draft" },
    { text: "Control hidden here.", status: "reviewed" },
    { text: "Last paragraph,", status: "draft" },
    { text: "split in two.", status: "draft" },
    { text: "An English-only note.", status: "draft" },
  ];
  const create = async (side: "fr" | "en", list: P[]) => {
    const ids: number[] = [];
    for (const [position, p] of list.entries()) {
      const data = { documentId: doc.id, position, kind: p.kind ?? "body", text: p.text, hash: hashText(p.text) };
      ids.push(
        side === "fr"
          ? (await db.sourceParagraph.create({ data })).id
          : (await db.targetParagraph.create({ data: { ...data, status: p.status!, origin: "imported" } })).id,
      );
    }
    return ids;
  };
  const frIds = await create("fr", fr);
  const enIds = await create("en", en);
  // [French indexes, English indexes] per link, in order; fr 5 and en 6 stay loose.
  const links: [number[], number[]][] = [[[0], [0]], [[1], []], [[2], [1]], [[3, 4], [2]], [[6], [3]], [[7], [4, 5]]];
  for (const [position, [f, e]] of links.entries()) {
    const link = await db.alignmentLink.create({ data: { documentId: doc.id, position, score: 0.5 + position / 20, method: position % 2 ? "manual" : "auto", locked: position % 2 === 1 } });
    await db.sourceParagraph.updateMany({ where: { id: { in: f.map((i) => frIds[i]) } }, data: { linkId: link.id } });
    await db.targetParagraph.updateMany({ where: { id: { in: e.map((i) => enIds[i]) } }, data: { linkId: link.id } });
  }
  const row = (f: number[], e: number[]) => ({
    fr: f.map((i) => fr[i].text),
    en: e.map((i) => en[i].text),
    status: e.length ? (["machine", "draft", "reviewed"].find((s) => e.some((i) => en[i].status === s)) ?? null) : null,
  });
  return [row([0], [0]), row([1], []), row([2], [1]), row([3, 4], [2]), row([5], []), row([6], [3]), row([7], [4, 5]), row([], [6])];
}

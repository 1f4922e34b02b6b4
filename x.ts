import fs from "node:fs";
import path from "node:path";
import { parseGoldText } from "./lib/align/dev-set/gold-file";
import type { AlignedRow } from "./lib/documents/aligned-rows";
import { extractCandidates } from "./lib/glossary/extract";
let id = 0;
const dirs = ["tests/fixtures/align", "tests/fixtures/glossary"];
const documents = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".gold.txt")).map((f) => {
  const c = parseGoldText(f, fs.readFileSync(path.join(d, f), "utf8"));
  const para = (p: { text: string; kind: string }, i: number) => ({ id: ++id, position: i, kind: p.kind, text: p.text, origin: "imported", status: "draft", version: 1 });
  const rows = c.gold.map((g) => ({ linkId: ++id, score: 1, method: "manual", locked: true, fr: g.fr.map((i) => para(c.fr[i], i)), en: g.en.map((i) => para(c.en[i], i)) }) as unknown as AlignedRow);
  return { slug: f.replace(".gold.txt", ""), rows };
}));
const t = Date.now();
const found = extractCandidates(documents);
console.log(Date.now() - t, "ms");
for (const c of found.sort((a, b) => a.fr.localeCompare(b.fr))) console.log(`${c.fr} [${c.kind}] → ${c.en ?? "-"}  ${c.variants.length ? "(" + c.variants.join(", ") + ")" : ""} x${c.occurrences}`);

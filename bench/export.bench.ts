// Exporting a 100,000-link document (200,000 paragraphs) to TMX, XLIFF 1.2 and CSV, each
// in its own process (the `npm run export` code path: rows read in batches, chunks
// written as they come), against 10,000 links: wall time of the export and the process's
// peak RSS. Target: under 5 s for 100,000 links, with peak memory that does not grow
// with the document (flat: 10× the links, about the same RSS).
// EPUB too (a bilingual e-book, the English inline; the sample glossary loaded, so that
// the appendix's name search runs over every paragraph): its own line, same figures.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createDb, type Db } from "../lib/db/client";
import { coalesce } from "../lib/export/chunks";
import { exportChunks } from "../lib/export/export";
import { exportEpub } from "../lib/export/epub/export-epub";
import { glossaryEntryInput } from "../lib/glossary/entry-schema";
import { saveEntries } from "../lib/glossary/save-entries";
import type { ExportFormat } from "../lib/export/formats";
import { createTempDb } from "../tests/helpers/temp-db";
import type { Benchmark } from "./run";

const ROOT = path.join(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
/** EXPORT_BENCH_SIZES=10000,100000,300000 to try other sizes. */
const SIZES = (process.env.EXPORT_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const FORMATS: ExportFormat[] = ["tmx", "xliff12", "csv", "epub"];
const TARGET_MS = 5_000;
const SLUG = "export-bench";

/**
 * One document with `links` 1-1 links, written by three set-based statements (fast on
 * either provider: a recursive CTE numbers the links, paragraphs join on their position).
 */
async function seed(db: Db, links: number): Promise<void> {
  const now = new Date();
  const fr = "Le dirigeant nord-coréen Kim Jong Un a promis un « soutien inconditionnel » à la Russie & à ses <alliés>, selon l'agence KCNA.";
  const en = 'North Korean leader Kim Jong Un has pledged "unconditional support" to Russia & its <allies>, KCNA reported.';
  const { id: documentId } = await db.document.create({ data: { slug: SLUG, titleFr: "Document de mesure", titleEn: "Benchmark document", sourceHash: SLUG } });
  await db.$executeRawUnsafe(
    `INSERT INTO "AlignmentLink" ("documentId", "position", "score", "method", "locked", "createdAt", "updatedAt")
     WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${links})
     SELECT ${documentId}, i, 0.9, 'auto', false, $1, $1 FROM n`,
    now,
  );
  for (const [table, text, extra] of [
    ["SourceParagraph", fr, ["", ""]],
    ["TargetParagraph", en, [`, "origin", "status", "version"`, `, 'imported', 'draft', 1`]],
  ] as const) {
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" ("documentId", "position", "kind", "text", "hash", "linkId", "createdAt", "updatedAt"${extra[0]})
       SELECT l."documentId", l."position", 'body', CAST(l."position" AS TEXT) || ' ' || $1, 'h', l."id", $2, $2${extra[1]}
       FROM "AlignmentLink" l WHERE l."documentId" = ${documentId}`,
      text,
      now,
    );
  }
}

/** The sample corpus's glossary (the EPUB's appendix lists the entries the text names). */
async function seedGlossary(db: ReturnType<typeof createDb>): Promise<void> {
  const file = path.join(ROOT, "prisma", "corpus", "glossary.json");
  await saveEntries(db, glossaryEntryInput.array().parse(JSON.parse(fs.readFileSync(file, "utf8"))));
}

/** In the child process: export once, print {ms, rssMb} as JSON. */
async function child(url: string, format: ExportFormat, out: string): Promise<void> {
  const db = createDb(url);
  await db.document.count(); // connected, modules loaded: the RSS the export starts from
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const chunks = format === "epub" ? await exportEpub(db, { slug: SLUG }) : coalesce(await exportChunks(db, { slug: SLUG, format }));
  await pipeline(Readable.from(chunks), fs.createWriteStream(out));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  await db.$disconnect();
  // maxRSS is in kilobytes: the process's peak, seeding excluded (done by the parent).
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, startRssMb, rssMb: process.resourceUsage().maxRSS / 1024, bytes: fs.statSync(out).size }));
}

const benchmark: Benchmark = {
  async run() {
    for (const links of SIZES) {
      const temp = await createTempDb();
      try {
        console.log(`database: ${temp.provider}`);
        const seedStart = performance.now();
        await seed(temp.db, links);
        await seedGlossary(temp.db);
        console.log(`${links.toLocaleString("en")} links seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
        for (const format of FORMATS) {
          const out = path.join(temp.dir, `export.${format}`);
          const result = spawnSync(TSX, [__filename, "child", temp.url, format, out], { cwd: ROOT, encoding: "utf8" });
          if (result.status !== 0) throw new Error(`export ${format} failed:\n${result.stderr}`);
          const { ms, cpuMs, startRssMb, rssMb, bytes } = JSON.parse(result.stdout.trim().split("\n").pop()!);
          const verdict = links === 100_000 ? (ms < TARGET_MS ? " (target < 5 s: ok)" : " (target < 5 s: MISSED)") : "";
          console.log(
            `  ${format.padEnd(8)} ${links.toLocaleString("en").padStart(7)} links: ${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s), ` +
              `peak RSS ${rssMb.toFixed(0)} MB (${startRssMb.toFixed(0)} MB before the export), ${(bytes / 1024 / 1024).toFixed(1)} MB written${verdict}`,
          );
        }
      } finally {
        await temp.close();
      }
    }
  },
};

export default benchmark;

if (require.main === module && process.argv[2] === "child") {
  child(process.argv[3], process.argv[4] as ExportFormat, process.argv[5]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

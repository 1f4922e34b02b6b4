import { z } from "zod";
import type { Db } from "../db/client";
import { bytesToReadableStream, toReadableStream } from "./chunks";
import { isDelimitedFormat } from "./delimited";
import { exportEpub } from "./epub/export-epub";
import { ENGLISH_LAYOUTS } from "./epub/layout";
import { exportChunks, exportParallelSide } from "./export";
import { EXPORT_FORMATS, exportFileName, FORMATS } from "./formats";
import { validate } from "../validate";

/** Name of the file when every document is exported at once. */
export const ALL_DOCUMENTS_NAME = "vis-a-vis";

const query = z
  .object({
    doc: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a document slug").optional(),
    all: z.literal("1").optional(),
    format: z.enum(EXPORT_FORMATS),
    status: z.literal("reviewed").optional(),
    side: z.enum(["fr", "en"]).optional(),
    sourceLang: z.string().optional(),
    targetLang: z.string().optional(),
    raw: z.literal("1", "must be 1 (cells as stored, formulas not neutralized)").optional(),
    epubEnglish: z.enum(ENGLISH_LAYOUTS).optional(),
  })
  .refine((q) => !!q.doc !== !!q.all, { message: "give either doc=SLUG or all=1", path: ["doc"] })
  .refine((q) => q.format !== "txt" || !!q.side, { message: "format=txt is two files: add side=fr or side=en", path: ["side"] })
  .refine((q) => !q.raw || isDelimitedFormat(q.format), { message: "only csv and tsv have cells to keep raw", path: ["raw"] })
  .refine((q) => q.format === "epub" || !q.epubEnglish, { message: "only with format=epub", path: ["epubEnglish"] });

/**
 * The export download behind GET /api/export:
 *
 *   GET /api/export?doc=SLUG&format=FORMAT[&status=reviewed][&side=fr|en][&sourceLang=fr-FR&targetLang=en-GB][&raw=1]
 *   GET /api/export?all=1&format=FORMAT[…]
 *
 * FORMAT is tmx, xliff (2.1), xliff12, tsv, csv, md, html, json, txt (txt needs side=fr
 * or side=en: the parallel text is two files) or epub (epubEnglish=notes puts the English
 * in pop-up footnotes; the file is then <name>-notes.epub); CSV and TSV cells that would
 * start a spreadsheet formula get a leading apostrophe unless raw=1. 200: the file,
 * streamed, as an attachment named <slug>.<ext> (vis-a-vis.<ext> for all=1,
 * <name>.xliff12.xlf for XLIFF 1.2, <name>.fr / <name>.en for txt, "-reviewed" before the
 * extension with status=reviewed), with the format's Content-Type. Anything wrong is a
 * UserError, thrown before any byte, naming the parameter (field doc, sourceLang, …) or
 * the document (code documentNotFound, noDocuments), for the route to answer.
 */
export async function exportResponse(db: Db, params: URLSearchParams): Promise<Response> {
  const q = validate(query, Object.fromEntries(params), undefined, "query");
  const options = {
    slug: q.doc,
    status: q.status,
    sourceLang: q.sourceLang,
    targetLang: q.targetLang,
    rawValues: q.raw === "1",
    warn: (message: string) => console.warn(`export: ${message}`),
  };
  const body =
    q.format === "epub"
      ? bytesToReadableStream(await exportEpub(db, { ...options, english: q.epubEnglish }))
      : toReadableStream(q.format === "txt" ? await exportParallelSide(db, options, q.side!) : await exportChunks(db, { ...options, format: q.format }));
  const name = `${q.doc ?? ALL_DOCUMENTS_NAME}${q.status ? `-${q.status}` : ""}${q.epubEnglish === "notes" ? "-notes" : ""}`;
  const fileName = exportFileName(q.format, name, q.side);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": FORMATS[q.format].contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

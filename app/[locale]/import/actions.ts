"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { oversizeError } from "@/lib/import/import-limits";
import { importWebArticle, PASTED_ENGLISH, PASTED_FRENCH, uploadsAsArticles, type Upload, type WebArticle, type WebImportResult } from "@/lib/import/web-import";
import { parseInput } from "../../server/action-input";
import { shownFileName, type ErrorTranslator } from "../../server/user-error-phrase";
import { userErrorText } from "../../server/user-error-text";
import { runWrite, type WriteResult } from "../../server/write-action";

/** One article's result as the page shows it: why it was refused or not aligned, in the interface's language. */
export type ImportResultView = Omit<WebImportResult, "refused" | "alignFailed"> & { refused?: string; alignFailed?: string };

export type ImportState = { status: "idle" } | WriteResult<ImportResultView[]>;

async function phrased({ refused, alignFailed, ...result }: WebImportResult): Promise<ImportResultView> {
  return {
    ...result,
    name: shownFileName(result.name, (await getTranslations()) as ErrorTranslator),
    ...(refused && { refused: await userErrorText(refused) }),
    ...(alignFailed && { alignFailed: await userErrorText(alignFailed) }),
  };
}

const required = (field: string) => new UserError({ code: "required", field, problem: "required" });

const fields = z.object({
  mode: z.enum(["files", "paste", "url"], "must be files, paste or url"),
  format: z.enum(["text", "markdown", "html"], "must be text, markdown or html").default("text"),
  url: z.string().trim().max(2000, "at most 2,000 characters").default(""),
  source: z.string().trim().max(200, "at most 200 characters").optional(),
  replace: z.literal("on").optional(),
  replaceEdited: z.literal("on").optional(),
});

/** A file input left empty still sends a File, with no name and no bytes. */
const chosen = (value: FormDataEntryValue | null): Upload | undefined => (value instanceof File && (value.name || value.size) ? value : undefined);

function pasted(form: FormData, field: "french" | "english"): string {
  const value = form.get(field);
  const text = typeof value === "string" ? value : "";
  const oversize = oversizeError(field === "french" ? PASTED_FRENCH : PASTED_ENGLISH, new TextEncoder().encode(text).length);
  if (oversize) throw oversize;
  return text;
}

/** The articles the form names; a UserError names the field that is missing or wrong. */
function articlesOf(form: FormData, mode: string, format: "text" | "markdown" | "html", url: string): WebArticle[] {
  if (mode === "url") {
    if (!url) throw required("url");
    return [{ kind: "url", url }];
  }
  if (mode === "paste") {
    const french = pasted(form, "french");
    if (!french.trim()) throw required("french");
    return [{ kind: "paste", french, english: pasted(form, "english"), format }];
  }
  const files = form.getAll("files").map(chosen).filter((f): f is Upload => f !== undefined);
  if (!files.length) throw required("files");
  return uploadsAsArticles(files, chosen(form.get("en")));
}

/**
 * The import page's one server action: files (one article per call from the page's
 * script, which shows each result as it comes; every chosen file at once without
 * JavaScript), pasted text, or a web address. Write access first (runWrite), then each
 * article in turn, each its own transaction: a refused one is reported and the others go on.
 */
export async function importArticles(_previous: ImportState, form: FormData): Promise<ImportState> {
  // Anyone can call this with any arguments, not only the page's forms.
  if (!(form instanceof FormData)) return { ok: false, code: "invalid", message: "form: expected the import page's form fields" };
  const answer = await runWrite("import", async (actor) => {
    const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : undefined);
    const input = parseInput(
      fields,
      { mode: text("mode"), format: text("format") || undefined, url: text("url"), source: text("source") || undefined, replace: text("replace"), replaceEdited: text("replaceEdited") },
      "form",
    );
    const articles = articlesOf(form, input.mode, input.format, input.url);
    const options = { source: input.source, replace: input.replace === "on", replaceEdited: input.replaceEdited === "on", actor };
    const db = getDb();
    const results: ImportResultView[] = [];
    for (const article of articles) results.push(await phrased(await importWebArticle(db, article, options)));
    return results;
  });
  if (answer.ok && answer.value.some((r) => r.outcome && r.outcome !== "unchanged")) revalidatePath("/", "layout");
  return answer;
}

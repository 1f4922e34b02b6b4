"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { importArticles, type ImportResultView, type ImportState } from "@/app/[locale]/import/actions";
import { pairByName } from "@/lib/import/english-pairs";
import { oversizeError } from "@/lib/import/import-limits";
import { FormAnswer } from "./FormAnswer";
import { ImportOptions } from "./ImportOptions";
import { ImportResult, ImportSummary, statusOf, type ImportStatus } from "./ImportResult";

const IDLE: ImportState = { status: "idle" };
/** The form fields every article's request carries besides its files. */
const OPTION_FIELDS = ["source", "replace", "replaceEdited"];

interface Article {
  id: number;
  french: File;
  english?: File;
  /** Whether its English was found by name among the chosen files (NAME.en.txt). */
  pairedByName: boolean;
  status: ImportStatus;
  result?: ImportResultView;
}

const refusal = (name: string, refused: string): ImportResultView => ({ name, documents: [], refused });

/**
 * Files chosen in the browser: each article (its French file, and an English file found
 * by name or chosen beside it) is sent in a request of its own, one after the other, and
 * its answer shown as it comes, so that a long list shows its progress and a refused file
 * does not hold up the others. Without JavaScript the form sends every file at once and
 * the page shows the answers (NAME.en.txt still pairs with NAME.txt).
 */
export function FileImport({ accept, bilingualExtensions }: { accept: string; bilingualExtensions: readonly string[] }) {
  const t = useTranslations("Import");
  const errors = useTranslations("Errors");
  const [state, formAction, pending] = useActionState(importArticles, IDLE);
  const [articles, setArticles] = useState<Article[]>([]);
  const [running, setRunning] = useState(false);
  const holdsBoth = (file: File) => bilingualExtensions.some((ext) => file.name.toLowerCase().endsWith(ext));
  const update = (id: number, change: Partial<Article>) => setArticles((list) => list.map((a) => (a.id === id ? { ...a, ...change } : a)));

  const input = useRef<HTMLInputElement>(null);
  const articlesOf = (files: FileList | null): Article[] =>
    pairByName([...(files ?? [])], (f) => f.name).map((p, id) => ({ id, french: p.french, english: p.english, pairedByName: Boolean(p.english), status: "waiting" }));
  const choose = (files: FileList | null) => setArticles(articlesOf(files));
  // Files chosen before the page's script ran: no change event reached it.
  useEffect(() => {
    if (input.current?.files?.length) choose(input.current.files);
  }, []);

  async function send(article: Article, options: FormData): Promise<ImportResultView> {
    // Checked before sending, in the words the server would use.
    const oversize = [article.french, article.english].map((f) => f && oversizeError(f.name, f.size)).find(Boolean);
    if (oversize) return refusal(article.french.name, errors("fileTooLarge", { ...oversize.values }));
    const data = new FormData();
    data.set("mode", "files");
    data.append("files", article.french);
    if (article.english) data.set("en", article.english);
    for (const field of OPTION_FIELDS) {
      const value = options.get(field);
      if (typeof value === "string") data.set(field, value);
    }
    try {
      const answer = await importArticles(IDLE, data);
      if (!("ok" in answer)) return refusal(article.french.name, t("sendFailed", { reason: "no answer" }));
      if (!answer.ok) return refusal(article.french.name, answer.code === "forbidden" ? t("forbidden") : answer.message);
      return answer.value[0];
    } catch (error) {
      // The connection failed, or the server refused the request before any action ran.
      return refusal(article.french.name, t("sendFailed", { reason: (error as Error).message }));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const queue = articles.length ? articles : articlesOf(input.current?.files ?? null);
    if (running || !queue.length) return;
    const options = new FormData(event.currentTarget);
    setArticles(queue.map((a) => ({ ...a, status: "waiting", result: undefined })));
    setRunning(true);
    for (const article of queue) {
      const id = article.id;
      update(id, { status: "sending" });
      const result = await send(article, options);
      update(id, { status: statusOf(result), result });
    }
    setRunning(false);
  }

  const done = articles.filter((a) => a.status !== "waiting" && a.status !== "sending");
  const started = articles.some((a) => a.status !== "waiting" || a.result);
  return (
    <section className="import-panel" aria-labelledby="import-files">
      <h2 id="import-files">{t("filesTitle")}</h2>
      <form action={formAction} onSubmit={submit} className="import-form" data-mode="files" aria-busy={running || pending} encType="multipart/form-data">
        <input type="hidden" name="mode" value="files" />
        <label className="import-field">
          <span>{t("filesLabel")}</span>
          <input ref={input} type="file" name="files" multiple accept={accept} required disabled={running} onChange={(e) => choose(e.currentTarget.files)} />
        </label>
        <p className="import-help">{t("filesHelp")}</p>
        {articles.length > 0 && (
          <ol className="import-list" aria-label={t("chosen", { count: articles.length })}>
            {articles.map((a) => (
              <li key={a.id} className="import-item" data-name={a.french.name} data-status={a.status}>
                <span className="import-name">{a.french.name}</span>
                {holdsBoth(a.french) ? (
                  <span className="import-note">{t("bothLanguages")}</span>
                ) : a.pairedByName && a.english ? (
                  <span className="import-note">{t("pairedEnglish", { name: a.english.name })}</span>
                ) : (
                  <label className="import-english">
                    <span className="visually-hidden">{t("englishFor", { name: a.french.name })}</span>
                    <span aria-hidden="true">{t("englishFile")}</span>{" "}
                    <input type="file" accept={accept} disabled={running} onChange={(e) => update(a.id, { english: e.currentTarget.files?.[0] })} />
                  </label>
                )}
                {(a.status !== "waiting" || started) && <ImportResult status={a.status} result={a.result} />}
              </li>
            ))}
          </ol>
        )}
        <ImportOptions idPrefix="files" />
        <button type="submit" disabled={running || pending}>
          {t("submit")}
        </button>
        {articles.length > 0 && started && (
          <p className="import-progress" role="status">
            {running ? t("progress", { done: done.length + 1, total: articles.length }) : <ImportSummary statuses={articles.map((a) => a.status)} />}
          </p>
        )}
        {running && <progress className="import-bar" value={done.length} max={articles.length} />}
        <FormAnswer state={state} pending={pending} />
      </form>
    </section>
  );
}

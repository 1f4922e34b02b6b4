"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { restoreRevisionAction } from "@/app/[locale]/documents/[slug]/actions";
import type { RevisionView } from "@/lib/editing/revisions";
import { callWrite, failureMessage } from "./call-write";
import type { EditableTranslation } from "./TranslationEditor";

/** A revision as the history route sends it (JSON: the date is a string). */
type Revision = Omit<RevisionView, "createdAt"> & { createdAt: string };

/** A paragraph's revisions, newest first, each as a word diff against the one before. */
export function RevisionHistory({ slug, paragraph }: { slug: string; paragraph: EditableTranslation }) {
  const t = useTranslations("Editor");
  const authors = useTranslations("Authors");
  const format = useFormatter();
  const router = useRouter();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    fetch(`/api/documents/${encodeURIComponent(slug)}/paragraphs/${paragraph.id}/revisions`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((list: Revision[]) => live && setRevisions(list))
      .catch(() => live && setMessage(t("historyFailed")));
    return () => {
      live = false;
    };
  }, [slug, paragraph.id, paragraph.version, t]);

  const restore = (revision: Revision) =>
    startTransition(async () => {
      const result = await callWrite(() => restoreRevisionAction(slug, { paragraphId: paragraph.id, revisionId: revision.id, expectedVersion: paragraph.version }));
      if (result.ok) router.refresh();
      else setMessage(result.code === "failed" ? t("actionFailed") : failureMessage(result, t));
    });

  return (
    <section className="history" aria-label={t("historyLabel")}>
      {message && <p role="alert" className="editor-error">{message}</p>}
      {!revisions && !message && <p className="history-loading">{t("loading")}</p>}
      <ol>
        {revisions?.map((r) => (
          <li key={r.id} className="revision" data-version={r.version}>
            <p className="revision-meta">
              {t("version", { version: r.version })} · {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })} ·{" "}
              {t(`origin.${r.origin as "imported"}`)} · {t(`state.${r.status as "draft"}`)}
              {r.author && <> · <span className="revision-author">{authors("by", { who: r.author.kind === "user" ? (r.author.name ?? "?") : authors(r.author.kind) })}</span></>}
              {r.note && <> · <em>{r.note}</em></>}
            </p>
            <p className="revision-text" lang="en">
              {r.diff.map((part, i) => {
                // A replaced run is "removed" then "added" with no space between: show one.
                const previous = r.diff[i - 1];
                const gap = part.change === "added" && previous?.change === "removed" && !/\s$/.test(previous.text) && !/^\s/.test(part.text) ? " " : "";
                if (part.change === "added") return <ins key={i}>{gap}{part.text}</ins>;
                return part.change === "removed" ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>;
              })}
            </p>
            {r.version !== paragraph.version && (
              <button type="button" className="tool" data-action="restore" onClick={() => restore(r)} disabled={pending}>
                {t("restore", { version: r.version })}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { saveTranslationAction } from "@/app/[locale]/documents/[slug]/actions";
import { MAX_TRANSLATION_LENGTH } from "@/lib/editing/limits";
import { RevisionHistory } from "./RevisionHistory";
import "./editing.css";

export interface EditableTranslation {
  id: number;
  version: number;
  text: string;
  status: string;
}

type Status = "draft" | "reviewed";

/**
 * An English paragraph that can be corrected in place. Reading shows the server-rendered
 * paragraph (children); editing swaps in a textarea. Ctrl/Cmd+Enter saves, Escape cancels.
 * A save based on a version someone else replaced is refused by the server: the person's
 * text stays in the editor, next to the stored one, so nothing is lost.
 */
export function TranslationEditor({
  slug,
  paragraph,
  showTools = true,
  children,
}: {
  slug: string;
  paragraph: EditableTranslation;
  /** The Edit and History controls; the reader shows them once a row is pointed at or focused. */
  showTools?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const ids = useId();
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [text, setText] = useState(paragraph.text);
  const [status, setStatus] = useState<Status>(paragraph.status === "reviewed" ? "reviewed" : "draft");
  const [note, setNote] = useState("");
  const [noTranslation, setNoTranslation] = useState(paragraph.text === "");
  const [baseVersion, setBaseVersion] = useState(paragraph.version);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ version: number; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  // A refreshed page brings a newer stored version: follow it while not editing.
  useEffect(() => {
    if (editing) return;
    setText(paragraph.text);
    setBaseVersion(paragraph.version);
    setNoTranslation(paragraph.text === "");
    setStatus(paragraph.status === "reviewed" ? "reviewed" : "draft");
  }, [paragraph.version, paragraph.text, paragraph.status, editing]);

  const open = () => {
    setEditing(true);
    setError(null);
    setConflict(null);
  };
  const cancel = () => {
    setEditing(false);
    setText(paragraph.text);
    setNote("");
    setError(null);
    setConflict(null);
  };
  /** The server checks these too; here they get the person's language and cost no round trip. */
  const problem = () =>
    !noTranslation && !text.trim()
      ? t("emptyRefused")
      : text.length > MAX_TRANSLATION_LENGTH
        ? t("tooLong", { max: MAX_TRANSLATION_LENGTH, length: text.length })
        : null;
  const save = (expectedVersion = baseVersion) => {
    const refused = problem();
    if (refused) return setError(refused);
    startTransition(async () => {
      const result = await saveTranslationAction(slug, { paragraphId: paragraph.id, expectedVersion, text, noTranslation, status, note: note || undefined });
      if (result.ok) {
        setEditing(false);
        setConflict(null);
        setError(null);
        setNote("");
        router.refresh();
      } else if (result.code === "conflict") {
        setConflict(result.current);
        setError(t("conflict"));
      } else {
        setError(result.code === "forbidden" ? t("forbidden") : result.message);
      }
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };

  if (!editing) {
    return (
      <div className="editable" data-editor-for={paragraph.id} data-version={paragraph.version}>
        {children}
        {showTools && (
          <div className="para-tools">
            <button type="button" data-action="edit" onClick={open}>
              {t("edit")}
            </button>
            <button type="button" data-action="history" aria-expanded={historyOpen} onClick={() => setHistoryOpen(!historyOpen)}>
              {t("history")}
            </button>
          </div>
        )}
        {historyOpen && <RevisionHistory slug={slug} paragraph={paragraph} />}
      </div>
    );
  }

  return (
    <form className="editor" data-editor-for={paragraph.id} onKeyDown={onKeyDown} onSubmit={(e) => (e.preventDefault(), save())}>
      <label htmlFor={`${ids}-text`} className="visually-hidden">
        {t("textLabel")}
      </label>
      <textarea
        id={`${ids}-text`}
        lang="en"
        value={text}
        disabled={noTranslation}
        onChange={(e) => setText(e.target.value)}
        rows={Math.max(3, Math.ceil(text.length / 70))}
        autoFocus
        aria-describedby={`${ids}-help`}
      />
      <p id={`${ids}-help`} className="editor-help">{t("keys")}</p>
      <div className="editor-fields">
        <label>
          {t("status")}{" "}
          <select value={status} onChange={(e) => setStatus(e.target.value as Status)}>
            <option value="draft">{t("statusDraft")}</option>
            <option value="reviewed">{t("statusReviewed")}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={noTranslation} onChange={(e) => setNoTranslation(e.target.checked)} /> {t("noTranslation")}
        </label>
        <label className="editor-note">
          {t("note")} <input type="text" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {error && (
        <p role="alert" className="editor-error">
          {error}
        </p>
      )}
      {conflict && (
        <div className="editor-conflict">
          <p>{t("storedNow", { version: conflict.version })}</p>
          <blockquote lang="en">{conflict.text || t("emptyText")}</blockquote>
          <button type="button" onClick={() => save(conflict.version)} disabled={pending}>
            {t("saveMineAnyway")}
          </button>
        </div>
      )}
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={cancel} disabled={pending}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { saveTranslationAction } from "@/app/[locale]/documents/[slug]/actions";
import { MAX_TRANSLATION_LENGTH } from "@/lib/editing/limits";
import { callWrite, failureMessage, mayRetry } from "./call-write";
import { RevisionHistory } from "./RevisionHistory";
import { confirmDiscard, draftOf, keepDraft } from "./unsaved-edits";
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
 * paragraph (children); editing swaps in a textarea. Ctrl/Cmd+Enter saves, Escape cancels
 * (asking first when the text was changed). Whatever happens to a save — refused as based
 * on a version someone else replaced, the database busy, the server unreachable or failing
 * — the person's text stays in the editor, with a message and a way to try again.
 *
 * Until the controls are shown or the editor opened, this holds two booleans and nothing
 * else: a window of a few hundred rows renders as many of these on every request.
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
  // An unsaved draft (see unsaved-edits.ts) reopens the editor when the rows are rendered again.
  const [editing, setEditing] = useState(() => draftOf(paragraph.id) !== undefined);
  const [historyOpen, setHistoryOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    wrapper.current?.closest<HTMLElement>(".cell")?.focus();
  }, [editing]);
  const close = () => {
    // Focus goes back to the paragraph's cell, not to the top of the page.
    refocus.current = true;
    setEditing(false);
  };
  if (editing) return <TranslationForm slug={slug} paragraph={paragraph} onClose={close} />;
  return (
    <div ref={wrapper} className="editable" data-editor-for={paragraph.id} data-version={paragraph.version}>
      {children}
      {showTools && <ParagraphTools historyOpen={historyOpen} onEdit={() => setEditing(true)} onHistory={() => setHistoryOpen(!historyOpen)} />}
      {historyOpen && <RevisionHistory slug={slug} paragraph={paragraph} />}
    </div>
  );
}

/** Reached with the row's arrow keys (see row-keys.ts), not each a tab stop. */
function ParagraphTools({ historyOpen, onEdit, onHistory }: { historyOpen: boolean; onEdit: () => void; onHistory: () => void }) {
  const t = useTranslations("Editor");
  return (
    <div className="para-tools">
      <button type="button" data-action="edit" tabIndex={-1} onClick={onEdit}>
        {t("edit")}
      </button>
      <button type="button" data-action="history" tabIndex={-1} aria-expanded={historyOpen} onClick={onHistory}>
        {t("history")}
      </button>
    </div>
  );
}

/** The editor itself, its fields filled from an unsaved draft, else from the stored paragraph. */
function TranslationForm({ slug, paragraph, onClose }: { slug: string; paragraph: EditableTranslation; onClose: () => void }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const ids = useId();
  const [draft] = useState(() => draftOf(paragraph.id));
  const storedStatus: Status = paragraph.status === "reviewed" ? "reviewed" : "draft";
  const [text, setText] = useState(draft?.text ?? paragraph.text);
  const [status, setStatus] = useState<Status>(draft?.status ?? storedStatus);
  const [note, setNote] = useState(draft?.note ?? "");
  const [noTranslation, setNoTranslation] = useState(draft?.noTranslation ?? paragraph.text === "");
  // The version shown when the editor opened: a refresh meanwhile does not move it, so a
  // save over someone else's newer text is refused as a conflict and the person's text stays.
  const [baseVersion] = useState(draft?.baseVersion ?? paragraph.version);
  const [error, setError] = useState<string | null>(null);
  const [retry, setRetry] = useState<number | null>(null);
  const [conflict, setConflict] = useState<{ version: number; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const changed = text !== paragraph.text || status !== storedStatus || note !== "" || noTranslation !== (paragraph.text === "");
  useEffect(() => {
    keepDraft(paragraph.id, changed ? { text, status, note, noTranslation, baseVersion } : null);
  }, [paragraph.id, changed, text, status, note, noTranslation, baseVersion]);

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
      const result = await callWrite(() =>
        saveTranslationAction(slug, { paragraphId: paragraph.id, expectedVersion, text, noTranslation, status, note: note || undefined }),
      );
      if (result.ok) {
        keepDraft(paragraph.id, null);
        onClose();
        router.refresh();
        return;
      }
      if (result.code === "conflict") setConflict(result.current);
      setError(failureMessage(result, t));
      setRetry(mayRetry(result) ? expectedVersion : null);
    });
  };
  const cancel = async () => {
    if (changed && !(await confirmDiscard(t("discardQuestion")))) return;
    keepDraft(paragraph.id, null);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === "Escape") {
      event.preventDefault();
      void cancel();
    }
  };

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
          {retry !== null && (
            <button type="button" className="retry" data-action="retry" onClick={() => save(retry)} disabled={pending}>
              {t("retry")}
            </button>
          )}
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
        <button type="button" onClick={() => void cancel()} disabled={pending}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

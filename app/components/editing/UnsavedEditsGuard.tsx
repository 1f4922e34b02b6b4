"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { discardAllDrafts, hasUnsavedEdits, setDiscardConfirmer } from "./unsaved-edits";

/** Whether following this link leaves the page (another address, not an anchor of this one). */
function leavesPage(link: HTMLAnchorElement): boolean {
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  const here = window.location;
  return !(url.origin === here.origin && url.pathname === here.pathname && url.search === here.search);
}

/**
 * Keeps unsaved edits from being thrown away without a word: following any link out of
 * the page (the library, another window of rows, the other language) first asks in a
 * dialog of the page; reloading or closing the tab gets the browser's own question
 * (beforeunload). Editors ask through the same dialog before Escape or Cancel discards text.
 */
export function UnsavedEditsGuard() {
  const t = useTranslations("Editor");
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = useRef<((discard: boolean) => void) | null>(null);
  const leaving = useRef(false);
  const [question, setQuestion] = useState("");
  const [kind, setKind] = useState<"discard" | "leave">("discard");

  useEffect(() => {
    const ask = (text: string, asked: "discard" | "leave") =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false);
        answer.current = resolve;
        setQuestion(text);
        setKind(asked);
        if (!dialog.current?.open) dialog.current?.showModal();
      });
    setDiscardConfirmer((text) => ask(text, "discard"));

    // Capture, on window: before next/link's own click handler starts a client-side navigation.
    const onClick = (event: MouseEvent) => {
      if (!hasUnsavedEdits() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || !leavesPage(link)) return;
      event.preventDefault();
      event.stopPropagation();
      void ask(t("leaveQuestion"), "leave").then((leave) => {
        if (!leave) return;
        leaving.current = true;
        discardAllDrafts();
        window.location.assign(link.href);
      });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current || !hasUnsavedEdits()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      setDiscardConfirmer(null);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [t]);

  const settle = (discard: boolean) => {
    const resolve = answer.current;
    answer.current = null;
    dialog.current?.close();
    resolve?.(discard);
  };

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="unsaved-question" onCancel={() => settle(false)} onClose={() => answer.current && settle(false)}>
      <p id="unsaved-question">{question}</p>
      <div className="confirm-actions">
        <button type="button" autoFocus onClick={() => settle(false)} data-answer="keep">
          {t("keepEditing")}
        </button>
        <button type="button" className="danger" onClick={() => settle(true)} data-answer="discard">
          {kind === "leave" ? t("leaveAnyway") : t("discard")}
        </button>
      </div>
    </dialog>
  );
}

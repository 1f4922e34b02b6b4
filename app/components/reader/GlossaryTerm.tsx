"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useGlossaryEntry } from "./GlossaryProvider";
import { GlossaryTooltip } from "./GlossaryTooltip";

/** Time the pointer has to travel from a name to its tooltip before the tooltip closes. */
const CLOSE_DELAY_MS = 150;
const MARGIN_PX = 8;

/** Only one tooltip is open at a time: opening one closes the previous one. */
let closeOpenTooltip: (() => void) | null = null;

/**
 * A glossary name in the text. Hover, keyboard focus or a tap opens a tooltip with the
 * entry; Escape, blur or leaving with the pointer closes it. The name's text is the
 * stored text, untouched; the tooltip lives in a portal so it never adds to it.
 */
export function GlossaryTerm({ entryId, children }: { entryId: number; children: ReactNode }) {
  const entry = useGlossaryEntry(entryId);
  const tipId = useId();
  const termRef = useRef<HTMLSpanElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  const close = useCallback(() => {
    clearTimeout(closeTimer.current);
    setOpen(false);
    setPosition(null);
  }, []);
  const show = useCallback(() => {
    clearTimeout(closeTimer.current);
    if (closeOpenTooltip !== close) closeOpenTooltip?.();
    closeOpenTooltip = close;
    setOpen(true);
  }, [close]);
  const closeSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(close, CLOSE_DELAY_MS);
  };

  const place = useCallback(() => {
    const term = termRef.current?.getClientRects()[0];
    const tip = tipRef.current?.getBoundingClientRect();
    if (!term || !tip) return;
    const above = term.top - tip.height - MARGIN_PX;
    const top = above >= MARGIN_PX ? above : term.bottom + MARGIN_PX;
    const centred = term.left + term.width / 2 - tip.width / 2;
    const left = Math.max(MARGIN_PX, Math.min(centred, window.innerWidth - tip.width - MARGIN_PX));
    setPosition({ top, left });
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close();
    window.addEventListener("keydown", onKey);
    window.addEventListener("scroll", place, { passive: true });
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("scroll", place);
      window.removeEventListener("resize", place);
      if (closeOpenTooltip === close) closeOpenTooltip = null;
    };
  }, [open, close, place]);

  if (!entry) return <>{children}</>;
  return (
    <>
      <span
        ref={termRef}
        className="term"
        data-entry-id={entryId}
        tabIndex={0}
        aria-describedby={open ? tipId : undefined}
        onPointerEnter={(e) => e.pointerType === "mouse" && show()}
        onPointerLeave={(e) => e.pointerType === "mouse" && closeSoon()}
        onFocus={show}
        onBlur={close}
        onClick={show}
      >
        {children}
      </span>
      {open &&
        createPortal(
          <GlossaryTooltip
            ref={tipRef}
            id={tipId}
            entry={entry}
            style={position ? { top: position.top, left: position.left } : { visibility: "hidden" }}
            onPointerEnter={() => clearTimeout(closeTimer.current)}
            onPointerLeave={closeSoon}
          />,
          document.body,
        )}
    </>
  );
}

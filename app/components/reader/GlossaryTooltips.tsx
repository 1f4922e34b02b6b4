"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { TooltipEntry } from "@/lib/reader/load-reader";
import { GlossaryTooltip } from "./GlossaryTooltip";
import { useAnchoredPosition } from "./useAnchoredPosition";

/** Time the pointer has to travel from a name to its tooltip before the tooltip closes. */
const CLOSE_DELAY_MS = 150;

const termOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? (target.closest(".term[data-entry-id]") as HTMLElement | null) : null;

/**
 * Glossary tooltips for every name below it. The names are plain server-rendered spans
 * (`.term[data-entry-id]`, focusable); this one component listens for hover, focus, tap
 * and Escape on all of them, so a long document costs one client component, not one per
 * name. One tooltip at a time, in a portal, so it never adds to the text; while it is
 * open the name points to it with aria-describedby.
 */
export function GlossaryTooltips({ entries, children }: { entries: Record<number, TooltipEntry>; children: ReactNode }) {
  const tipId = useId();
  const tipRef = useRef<HTMLSpanElement>(null);
  const scopeRef = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [term, setTerm] = useState<HTMLElement | null>(null);
  const entry = term ? entries[Number(term.dataset.entryId)] : undefined;

  const close = useCallback(() => {
    clearTimeout(closeTimer.current);
    setTerm(null);
  }, []);
  const open = useCallback((el: HTMLElement) => {
    clearTimeout(closeTimer.current);
    setTerm(el);
  }, []);
  const closeSoon = useCallback(() => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(close, CLOSE_DELAY_MS);
  }, [close]);
  const position = useAnchoredPosition(entry ? term : null, tipRef, scopeRef, close);

  useLayoutEffect(() => {
    if (!term || !entry) return;
    term.setAttribute("aria-describedby", tipId);
    return () => term.removeAttribute("aria-describedby");
  }, [term, entry, tipId]);

  useEffect(() => {
    if (!term) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [term, close]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  return (
    <div
      ref={scopeRef}
      className="glossary-scope"
      onPointerOver={(e) => {
        const el = e.pointerType === "mouse" ? termOf(e.target) : null;
        if (el) open(el);
      }}
      onPointerOut={(e) => {
        const el = e.pointerType === "mouse" ? termOf(e.target) : null;
        if (el && termOf(e.relatedTarget) !== el) closeSoon();
      }}
      onFocus={(e) => {
        const el = termOf(e.target);
        if (el) open(el);
      }}
      onBlur={(e) => {
        if (termOf(e.target) && !termOf(e.relatedTarget)) close();
      }}
      onClick={(e) => {
        const el = termOf(e.target);
        if (el) open(el);
      }}
    >
      {children}
      {term &&
        entry &&
        createPortal(
          <GlossaryTooltip
            ref={tipRef}
            id={tipId}
            entry={entry}
            style={position ?? { visibility: "hidden" }}
            onPointerEnter={() => clearTimeout(closeTimer.current)}
            onPointerLeave={closeSoon}
          />,
          document.body,
        )}
    </div>
  );
}

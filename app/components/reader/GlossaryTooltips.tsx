"use client";

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { TooltipEntry } from "@/lib/reader/load-reader";
import { GlossaryTooltip } from "./GlossaryTooltip";

/** Time the pointer has to travel from a name to its tooltip before the tooltip closes. */
const CLOSE_DELAY_MS = 150;
const MARGIN_PX = 8;

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
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [term, setTerm] = useState<HTMLElement | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const entry = term ? entries[Number(term.dataset.entryId)] : undefined;

  const close = useCallback(() => {
    clearTimeout(closeTimer.current);
    setTerm(null);
    setPosition(null);
  }, []);
  const open = useCallback((el: HTMLElement) => {
    clearTimeout(closeTimer.current);
    setTerm((current) => {
      if (current !== el) setPosition(null);
      return el;
    });
  }, []);
  const closeSoon = useCallback(() => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(close, CLOSE_DELAY_MS);
  }, [close]);

  const place = useCallback(() => {
    const rect = term?.getClientRects()[0];
    const tip = tipRef.current?.getBoundingClientRect();
    if (!rect || !tip) return;
    const above = rect.top - tip.height - MARGIN_PX;
    const top = above >= MARGIN_PX ? above : rect.bottom + MARGIN_PX;
    const centred = rect.left + rect.width / 2 - tip.width / 2;
    setPosition({ top, left: Math.max(MARGIN_PX, Math.min(centred, window.innerWidth - tip.width - MARGIN_PX)) });
  }, [term]);

  useLayoutEffect(() => {
    if (!term || !entry) return;
    place();
    term.setAttribute("aria-describedby", tipId);
    return () => term.removeAttribute("aria-describedby");
  }, [term, entry, tipId, place]);

  useEffect(() => {
    if (!term) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close();
    window.addEventListener("keydown", onKey);
    window.addEventListener("scroll", place, { passive: true });
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("scroll", place);
      window.removeEventListener("resize", place);
    };
  }, [term, close, place]);

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  return (
    <div
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

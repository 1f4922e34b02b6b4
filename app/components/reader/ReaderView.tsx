"use client";

import { useEffect, useState, type ReactNode } from "react";
import { parseViewMode, VIEW_MODE_COOKIE, VIEW_MODE_MAX_AGE_SECONDS, type ViewMode } from "@/lib/reader/view-mode";
import { rowAnchor, rowFromHash, rowHref, windowStart } from "@/lib/reader/windows";
import { ViewModeSwitch } from "./ViewModeSwitch";

function readCookie(): string | undefined {
  return document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${VIEW_MODE_COOKIE}=`))
    ?.slice(VIEW_MODE_COOKIE.length + 1);
}

/** An address naming a row of another window (#row-N) opens that window, scrolled to the row. */
function openAddressedRow(first: number) {
  const row = rowFromHash(window.location.hash);
  if (row === null || document.getElementById(rowAnchor(row)) || windowStart(row) === first) return;
  window.location.replace(rowHref(row));
}

/**
 * The reader's view mode. The server renders the mode its cookie names (so the first
 * paint is right); a choice here is applied at once and written back to the cookie, so it
 * holds on every page and visit. The rows are server-rendered children, untouched.
 * `first` is the first row of the window shown: an address naming a row outside it
 * (#row-N, typed or followed) loads the window that holds it.
 */
export function ReaderView({ initialMode, first, nav, children }: { initialMode: ViewMode; first: number; nav?: ReactNode; children: ReactNode }) {
  const [mode, setMode] = useState(initialMode);
  const [hydrated, setHydrated] = useState(false);
  // A page restored from the router cache may predate the last choice: follow the cookie.
  useEffect(() => {
    setMode(parseViewMode(readCookie() ?? initialMode));
    setHydrated(true);
  }, [initialMode]);
  useEffect(() => {
    const onHash = () => openAddressedRow(first);
    onHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [first]);
  const choose = (next: ViewMode) => {
    setMode(next);
    document.cookie = `${VIEW_MODE_COOKIE}=${next}; Path=/; Max-Age=${VIEW_MODE_MAX_AGE_SECONDS}; SameSite=Lax`;
  };
  return (
    <div className="reader" data-view={mode} data-hydrated={hydrated || undefined}>
      <div className="toolbar">
        {nav}
        <ViewModeSwitch mode={mode} onChange={choose} />
      </div>
      {children}
    </div>
  );
}

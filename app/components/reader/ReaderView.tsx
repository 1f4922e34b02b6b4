"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { parseViewMode, PHONE_MEDIA_QUERY, shownViewMode, VIEW_MODE_COOKIE, VIEW_MODE_MAX_AGE_SECONDS, type ViewMode } from "@/lib/reader/view-mode";
import { rowAnchor, rowFromHash, rowHref, windowStart } from "@/lib/reader/windows";
import { LearnerControls, useLearnerMode } from "./LearnerControls";
import { Learning } from "./learning";
import { ViewModeSwitch } from "./ViewModeSwitch";

function readCookie(): string | undefined {
  return document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${VIEW_MODE_COOKIE}=`))
    ?.slice(VIEW_MODE_COOKIE.length + 1);
}

/**
 * An address naming a row of another window (#row-N) opens that window, scrolled to the
 * row. `first` is null on a filtered list: a row it does not list opens in its window.
 */
function openAddressedRow(first: number | null) {
  const row = rowFromHash(window.location.hash);
  if (row === null || document.getElementById(rowAnchor(row)) || windowStart(row) === first) return;
  window.location.replace(rowHref(row));
}

/** Whether the screen is phone-sized (the reader's narrow layout), following changes. */
function usePhone(): boolean {
  const [phone, setPhone] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(PHONE_MEDIA_QUERY);
    const update = () => setPhone(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return phone;
}

/**
 * The reader's view mode. The server renders the mode its cookie names (so the first
 * paint is right); a choice here is applied at once and written back to the cookie, so it
 * holds on every page and visit. The rows are server-rendered children, untouched.
 * `first` is the first row of the window shown: an address naming a row outside it
 * (#row-N, typed or followed) loads the window that holds it. On a phone, modes that look
 * alike there are offered as one (shownViewMode); the choice stored stays as it was.
 */
export function ReaderView({ initialMode, first, nav, children }: { initialMode: ViewMode; first: number | null; nav?: ReactNode; children: ReactNode }) {
  const [mode, setMode] = useState(initialMode);
  const phone = usePhone();
  const shown = shownViewMode(mode, phone);
  const [hydrated, setHydrated] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useLearnerMode(root, shown === "learn");
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
    <div ref={root} className="reader" data-view={shown} data-hydrated={hydrated || undefined}>
      <div className="toolbar">
        {nav}
        {shown === "learn" && <LearnerControls root={root} />}
        <ViewModeSwitch mode={shown} phone={phone} onChange={choose} />
      </div>
      <Learning.Provider value={shown === "learn"}>{children}</Learning.Provider>
    </div>
  );
}

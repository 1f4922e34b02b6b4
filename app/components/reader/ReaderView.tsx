"use client";

import { useEffect, useState, type ReactNode } from "react";
import { parseViewMode, VIEW_MODE_COOKIE, VIEW_MODE_MAX_AGE_SECONDS, type ViewMode } from "@/lib/reader/view-mode";
import { ViewModeSwitch } from "./ViewModeSwitch";

function readCookie(): string | undefined {
  return document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${VIEW_MODE_COOKIE}=`))
    ?.slice(VIEW_MODE_COOKIE.length + 1);
}

/**
 * The reader's view mode. The server renders the mode its cookie names (so the first
 * paint is right); a choice here is applied at once and written back to the cookie, so it
 * holds on every page and visit. The rows are server-rendered children, untouched.
 */
export function ReaderView({ initialMode, children }: { initialMode: ViewMode; children: ReactNode }) {
  const [mode, setMode] = useState(initialMode);
  const [hydrated, setHydrated] = useState(false);
  // A page restored from the router cache may predate the last choice: follow the cookie.
  useEffect(() => {
    setMode(parseViewMode(readCookie() ?? initialMode));
    setHydrated(true);
  }, [initialMode]);
  const choose = (next: ViewMode) => {
    setMode(next);
    document.cookie = `${VIEW_MODE_COOKIE}=${next}; Path=/; Max-Age=${VIEW_MODE_MAX_AGE_SECONDS}; SameSite=Lax`;
  };
  return (
    <div className="reader" data-view={mode} data-hydrated={hydrated || undefined}>
      <div className="toolbar">
        <ViewModeSwitch mode={mode} onChange={choose} />
      </div>
      {children}
    </div>
  );
}

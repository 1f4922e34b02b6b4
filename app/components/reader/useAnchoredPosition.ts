"use client";

import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from "react";

const MARGIN_PX = 8;

export interface Position {
  top: number;
  left: number;
}

/**
 * Where to put a floating element (fixed position) next to `anchor`: centred above it, or
 * below when there is no room above, always inside the window. Follows scrolling, resizing
 * and any change of `scope`'s layout; calls `onGone` when the anchor stops being displayed.
 * Null until measured: render the floating element hidden until then.
 */
export function useAnchoredPosition(
  anchor: HTMLElement | null,
  floating: RefObject<HTMLElement | null>,
  scope: RefObject<HTMLElement | null>,
  onGone: () => void,
): Position | null {
  const [position, setPosition] = useState<Position | null>(null);

  const place = useCallback(() => {
    const rect = anchor?.getClientRects()[0];
    const box = floating.current?.getBoundingClientRect();
    if (!rect || !box) return;
    const above = rect.top - box.height - MARGIN_PX;
    const top = above >= MARGIN_PX ? above : rect.bottom + MARGIN_PX;
    const centred = rect.left + rect.width / 2 - box.width / 2;
    setPosition({ top, left: Math.max(MARGIN_PX, Math.min(centred, window.innerWidth - box.width - MARGIN_PX)) });
  }, [anchor, floating]);

  useLayoutEffect(() => {
    if (anchor) place();
    else setPosition(null);
  }, [anchor, place]);

  useEffect(() => {
    if (!anchor) return;
    const observer = new ResizeObserver(() => (anchor.getClientRects().length ? place() : onGone()));
    if (scope.current) observer.observe(scope.current);
    window.addEventListener("scroll", place, { passive: true });
    window.addEventListener("resize", place);
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", place);
      window.removeEventListener("resize", place);
    };
  }, [anchor, place, scope, onGone]);

  return position;
}

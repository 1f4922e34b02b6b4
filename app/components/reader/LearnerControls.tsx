"use client";

import { useTranslations } from "next-intl";
import { useEffect, type RefObject } from "react";
import { enterLearner, hideNewUnits, leaveLearner, revealAll } from "./learner";

/**
 * Learner mode on the reader `root` while `active`: every English sentence hidden (but
 * those the reader revealed before), and those that appear later (another window, a
 * paragraph edited) set so as they come.
 */
export function useLearnerMode(root: RefObject<HTMLElement | null>, active: boolean): void {
  const label = useTranslations("Reader")("learnerHidden");
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    if (!active) {
      leaveLearner(el);
      return;
    }
    enterLearner(el, label);
    const observer = new MutationObserver(() => hideNewUnits(el, label, false));
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, active, label]);
}

/** "Reveal all" and "Hide all", in the toolbar while learner mode is on. Focus stays on the button pressed. */
export function LearnerControls({ root }: { root: RefObject<HTMLElement | null> }) {
  const t = useTranslations("Reader");
  const label = t("learnerHidden");
  const all = (revealed: boolean) => root.current && revealAll(root.current, revealed, label);
  return (
    <div className="learner-controls" role="group" aria-label={t("learnerControls")}>
      <button type="button" data-learner="reveal-all" onClick={() => all(true)}>
        {t("revealAll")}
      </button>
      <button type="button" data-learner="hide-all" onClick={() => all(false)}>
        {t("hideAll")}
      </button>
    </div>
  );
}

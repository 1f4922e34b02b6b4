"use client";

import { useTranslations } from "next-intl";
import { VIEW_MODES, type ViewMode } from "@/lib/reader/view-mode";

/** Four radio buttons styled as one segmented control: arrow keys move between them. */
export function ViewModeSwitch({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  const t = useTranslations("ViewModeSwitch");
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t("legend")}</legend>
      {VIEW_MODES.map((m) => (
        <label key={m} className="view-option">
          <input type="radio" name="view-mode" value={m} checked={mode === m} onChange={() => onChange(m)} />
          <span>{t(m)}</span>
        </label>
      ))}
    </fieldset>
  );
}

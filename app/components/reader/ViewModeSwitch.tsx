"use client";

import { useTranslations } from "next-intl";
import { PHONE_VIEW_MODES, VIEW_MODES, type ViewMode } from "@/lib/reader/view-mode";

/**
 * Radio buttons styled as one segmented control: arrow keys move between them. On a phone
 * (`phone`) the modes that look alike there are one, "both" (see shownViewMode); CSS hides
 * the extra option before the page knows the screen's width.
 */
export function ViewModeSwitch({ mode, phone, onChange }: { mode: ViewMode; phone: boolean; onChange: (mode: ViewMode) => void }) {
  const t = useTranslations("ViewModeSwitch");
  const modes = phone ? PHONE_VIEW_MODES : VIEW_MODES;
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t("legend")}</legend>
      {modes.map((m) => (
        <label key={m} className="view-option" data-mode={m}>
          <input type="radio" name="view-mode" value={m} checked={mode === m} onChange={() => onChange(m)} />
          {m === "side" ? (
            <span>
              <span className="wide-label">{t("side")}</span>
              <span className="phone-label">{t("sideNarrow")}</span>
            </span>
          ) : (
            <span>{t(m)}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

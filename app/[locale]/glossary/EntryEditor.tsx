"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { GlossaryKind } from "@/lib/glossary/kinds";
import { ActionForm } from "./ActionForm";
import { KindSelect } from "./KindSelect";
import { NoteFields } from "./NoteFields";

export interface EditableEntry {
  id: number;
  kind: GlossaryKind;
  fr: string;
  en: string;
  note: string | null;
  noteFr: string | null;
  variants: { id: number; lang: "fr" | "en"; text: string }[];
}

/**
 * An entry's "Edit" disclosure. The forms are built only once the person opens it, so a
 * glossary of thousands of entries does not ship thousands of hidden forms. Without
 * JavaScript the disclosure holds a link that reloads the page with this entry's forms
 * rendered by the server (`initiallyOpen`).
 */
export function EntryEditor({ entry, initiallyOpen = false, noScriptHref }: { entry: EditableEntry; initiallyOpen?: boolean; noScriptHref: string }) {
  const t = useTranslations("Glossary");
  const [mounted, setMounted] = useState(initiallyOpen);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before hydration (a quick click, or the native toggle): build the forms now.
  useEffect(() => {
    if (details.current?.open) setMounted(true);
  }, []);
  return (
    <details ref={details} className="glossary-edit" open={initiallyOpen || undefined} onToggle={(e) => e.currentTarget.open && setMounted(true)}>
      <summary>
        {t("edit")}
        <span className="visually-hidden"> {entry.fr}</span>
      </summary>
      {mounted ? (
        <EditForms entry={entry} />
      ) : (
        <p className="glossary-meta">
          <a href={noScriptHref}>{t("openEditor")}</a>
        </p>
      )}
    </details>
  );
}

function EditForms({ entry }: { entry: EditableEntry }) {
  const t = useTranslations("Glossary");
  return (
    <>
      <ActionForm action="updateEntry" className="glossary-grid">
        <input type="hidden" name="id" value={entry.id} />
        <KindSelect name="kind" value={entry.kind} label={t("kindLabel")} />
        <label className="glossary-field">
          <span>{t("fr")}</span>
          <input name="fr" defaultValue={entry.fr} required lang="fr" />
        </label>
        <label className="glossary-field">
          <span>{t("en")}</span>
          <input name="en" defaultValue={entry.en} required lang="en" />
        </label>
        <NoteFields note={entry.note} noteFr={entry.noteFr} />
        <button type="submit">{t("save")}</button>
      </ActionForm>
      <ActionForm action="addVariant" className="glossary-grid">
        <input type="hidden" name="entryId" value={entry.id} />
        <label className="glossary-field">
          <span>{t("language")}</span>
          <select name="lang" defaultValue="fr">
            <option value="fr">{t("fr")}</option>
            <option value="en">{t("en")}</option>
          </select>
        </label>
        <label className="glossary-field">
          <span>{t("variantText")}</span>
          <input name="text" required />
        </label>
        <button type="submit">{t("addVariant")}</button>
      </ActionForm>
      {entry.variants.length > 0 && (
        <ul className="glossary-edit-variants" aria-label={t("variants")}>
          {entry.variants.map((v) => (
            <li key={v.id}>
              <ActionForm action="deleteVariant" className="inline">
                <input type="hidden" name="variantId" value={v.id} />
                <span className="glossary-lang">{v.lang}</span> <span lang={v.lang}>{v.text}</span>{" "}
                <button type="submit" className="secondary small">{t("removeVariant", { text: v.text })}</button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <ActionForm action="deleteEntry" className="glossary-delete">
        <input type="hidden" name="id" value={entry.id} />
        <button type="submit" className="danger">{t("deleteEntry")}</button>
      </ActionForm>
    </>
  );
}

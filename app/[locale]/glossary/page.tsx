import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listCandidates } from "@/lib/glossary/candidates";
import { checkDocuments } from "@/lib/glossary/check";
import { GLOSSARY_KINDS, type GlossaryKind } from "@/lib/glossary/entry-schema";
import { listEntries } from "@/lib/glossary/entries";
import { AddEntry, Exchange, Filters } from "./Toolbar";
import { Candidates } from "./Candidates";
import { EntryCard } from "./EntryCard";
import { Flags } from "./Flags";
import "./glossary.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Glossary");
  return { title: t("title") };
}

type Search = { q?: string; kind?: string; edit?: string };

/** The glossary: candidates to review, the check's flags, the entries (filtered), and the forms to change them. */
export default async function GlossaryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { q = "", kind: rawKind = "", edit = "" } = await searchParams;
  const kind = (GLOSSARY_KINDS as readonly string[]).includes(rawKind) ? (rawKind as GlossaryKind) : undefined;
  const t = await getTranslations("Glossary");
  const db = getDb();
  const [entries, candidates, total, documents, flags] = await Promise.all([
    listEntries(db, { q, kind }),
    listCandidates(db),
    db.glossaryEntry.count(),
    db.document.findMany({ select: { slug: true, titleFr: true } }),
    checkDocuments(db),
  ]);
  const titles = Object.fromEntries(documents.map((d) => [d.slug, d.titleFr]));
  /** Without JavaScript, "Edit" links here: the same list, with that entry's forms rendered. */
  const editHref = (id: number) => {
    const params = new URLSearchParams({ ...(q && { q }), ...(kind && { kind }), edit: String(id) });
    return `?${params}#entry-${id}`;
  };
  return (
    <section className="glossary">
      <h1>{t("title")}</h1>
      <p className="glossary-intro">{t("intro")}</p>
      <div className="glossary-panels">
        <AddEntry />
        <Exchange />
      </div>
      {candidates.length > 0 && <Candidates candidates={candidates} titles={titles} />}
      <Flags flags={flags} titles={titles} />
      <h2 className="glossary-heading">{t("count", { count: total })}</h2>
      <Filters q={q} kind={kind} />
      {entries.length ? (
        <ol className="glossary-entries">
          {entries.map((entry) => (
            <EntryCard key={entry.id} entry={entry} editing={String(entry.id) === edit} editHref={editHref(entry.id)} />
          ))}
        </ol>
      ) : (
        <p className="empty">{total ? t("noMatch") : t("empty")}</p>
      )}
    </section>
  );
}

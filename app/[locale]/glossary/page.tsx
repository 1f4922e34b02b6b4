import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { loadGlossaryView } from "@/lib/glossary/glossary-view";
import { GLOSSARY_KINDS, type GlossaryKind } from "@/lib/glossary/kinds";
import { Pagination } from "../../components/Pagination";
import { AddEntry, ENTRIES_ANCHOR, Exchange, ExtractCandidates, Filters } from "./Toolbar";
import { Candidates } from "./Candidates";
import { EntryCard } from "./EntryCard";
import { Flags } from "./Flags";
import "./glossary.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Glossary");
  return { title: t("title") };
}

type Search = { q?: string; kind?: string; edit?: string; page?: string; cpage?: string; fpage?: string };

const pageNumber = (raw: string | undefined) => Math.max(1, Math.floor(Number(raw) || 1));

/** The glossary: candidates to review, the check's flags, the entries (filtered), and the forms to change them; each paginated. */
export default async function GlossaryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const { q = "", kind: rawKind = "", edit = "" } = params;
  const kind = (GLOSSARY_KINDS as readonly string[]).includes(rawKind) ? (rawKind as GlossaryKind) : undefined;
  const [cpage, fpage] = [pageNumber(params.cpage), pageNumber(params.fpage)];
  const t = await getTranslations("Glossary");
  const filtered = Boolean(q || kind);
  const { entries: glossary, candidates, flags, titles } = await loadGlossaryView(getDb(), { q, kind, page: pageNumber(params.page), candidatePage: cpage, flagPage: fpage });
  const href = (changes: Partial<Record<keyof Search, string | number>>, anchor = "") => {
    const merged = { ...params, ...changes } as Record<string, string | number | undefined>;
    const query = new URLSearchParams(Object.entries(merged).flatMap(([k, v]) => (v && !(k.endsWith("page") && Number(v) === 1) ? [[k, String(v)]] : [])));
    return `?${query}${anchor}`;
  };
  /** Without JavaScript, "Edit" links here: the same list, with that entry's forms rendered. */
  const editHref = (id: number) => href({ edit: id }, `#entry-${id}`);
  return (
    <section className="glossary">
      <h1>{t("title")}</h1>
      <p className="glossary-intro">{t("intro")}</p>
      <div className="glossary-panels">
        <AddEntry />
        <Exchange />
      </div>
      <ExtractCandidates />
      {candidates.total > 0 && <Candidates candidates={candidates.list} total={candidates.total} titles={titles} />}
      <Pagination page={cpage} pages={candidates.pages} href={(p) => href({ cpage: p }, "#glossary-candidates")} label={t("candidatesTitle")} />
      <Flags flags={flags.list} total={flags.total} titles={titles} />
      <Pagination page={fpage} pages={flags.pages} href={(p) => href({ fpage: p }, "#glossary-flags")} label={t("checkTitle")} />
      {/* Focusable, so that a search's answer (…#glossary-entries) starts reading here. */}
      <h2 className="glossary-heading" id={ENTRIES_ANCHOR} tabIndex={-1}>
        {filtered ? t("countMatching", { matching: glossary.matching, total: glossary.total }) : t("count", { count: glossary.total })}
      </h2>
      <Filters q={q} kind={kind} />
      {glossary.entries.length ? (
        <ol className="glossary-entries">
          {glossary.entries.map((entry) => (
            <EntryCard key={entry.id} entry={entry} editing={String(entry.id) === edit} editHref={editHref(entry.id)} />
          ))}
        </ol>
      ) : (
        <p className="empty">{glossary.total ? t("noMatch") : t("empty")}</p>
      )}
      <Pagination page={glossary.page} pages={glossary.pages} href={(p) => href({ page: p }, `#${ENTRIES_ANCHOR}`)} label={t("title")} />
    </section>
  );
}

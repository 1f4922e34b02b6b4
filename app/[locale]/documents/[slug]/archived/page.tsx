import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDb } from "@/lib/db/client";
import { archivedParagraphsOf } from "@/lib/documents/archived";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Archived");
  return { title: t("title") };
}

/** The paragraphs re-imports took out of a document, each with every text it had: nothing is lost. */
export default async function ArchivedPage({ params }: Props) {
  const { slug } = await params;
  const [doc, t, tEdit, format] = await Promise.all([archivedParagraphsOf(getDb(), slug), getTranslations("Archived"), getTranslations("Editor"), getFormatter()]);
  if (!doc) notFound();
  const archived = doc.paragraphs;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className="archived-page">
      <p>
        <Link href={`/documents/${slug}`}>← {doc.titleFr}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {archived.length === 0 && <p className="empty">{t("none")}</p>}
      <ol className="archived-list">
        {archived.map((p) => (
          <li key={p.id} className="archived-paragraph" data-side={p.side} data-former-id={p.formerId}>
            <p className="revision-meta">
              {t(p.side === "fr" ? "french" : "english")} · {t("removed", { when: when(p.archivedAt) })}
              {p.status && <> · {tEdit(`state.${p.status as "draft"}`)}</>}
            </p>
            <p lang={p.side}>{p.text}</p>
            {p.revisions.length > 0 && (
              <details>
                <summary>{t("history", { count: p.revisions.length })}</summary>
                <ol>
                  {p.revisions.map((r) => (
                    <li key={r.id} className="revision" data-version={r.version}>
                      <p className="revision-meta">
                        {tEdit("version", { version: r.version })} · {when(r.createdAt)} · {tEdit(`origin.${r.origin as "imported"}`)} · {tEdit(`state.${r.status as "draft"}`)}
                        {r.note && <> · <em>{r.note}</em></>}
                      </p>
                      <p className="revision-text" lang="en">{r.text}</p>
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { linkShape, rowStatus, type ExportWriter } from "./types";

/** Identifies the JSON export's shape; bumped if the shape changes. */
export const JSON_FORMAT = "vis-a-vis/aligned-text";
export const JSON_VERSION = 1;

const s = JSON.stringify;

/**
 * JSON, streamed. Shape (documented in the README):
 * { format, version, sourceLang, targetLang, documents: [{ slug, titleFr, titleEn, source,
 *   dateline, publishedOn, rows: [{ row, linkType, method, locked, score, status,
 *   createdAt, changedAt, fr: [{ kind, text }], en: [{ kind, text, status, origin }] }],
 *   archived: [{ side, kind, text, status, origin, archivedAt, reason,
 *   revisions: [{ version, text, status, origin, note, createdAt }] }] }] }
 * Paragraphs stay separate (no separator needed); times are ISO 8601 UTC.
 */
export const writeJson: ExportWriter = async function* (documents, context) {
  yield `{"format":${s(JSON_FORMAT)},"version":${JSON_VERSION},"sourceLang":${s(context.sourceLang)},"targetLang":${s(context.targetLang)},"documents":[`;
  let firstDoc = true;
  for await (const doc of documents) {
    const { slug, titleFr, titleEn, source, dateline, publishedOn } = doc;
    yield `${firstDoc ? "" : ","}\n${s({ slug, titleFr, titleEn, source, dateline, publishedOn }).slice(0, -1)},"rows":[`;
    firstDoc = false;
    let firstRow = true;
    for await (const row of doc.rows) {
      yield (firstRow ? "\n" : ",\n") +
        s({
          row: row.index + 1,
          linkType: linkShape(row),
          method: row.method,
          locked: row.locked,
          score: row.score,
          status: rowStatus(row),
          createdAt: row.createdAt.toISOString(),
          changedAt: row.changedAt.toISOString(),
          fr: row.fr.map((p) => ({ kind: p.kind, text: p.text })),
          en: row.en.map((p) => ({ kind: p.kind, text: p.text, status: p.status, origin: p.origin })),
        });
      firstRow = false;
    }
    const archived = (await doc.archived()).map((p) => ({
      side: p.side,
      kind: p.kind,
      text: p.text,
      status: p.status,
      origin: p.origin,
      archivedAt: p.archivedAt.toISOString(),
      reason: p.reason,
      revisions: p.revisions.map((r) => ({ version: r.version, text: r.text, status: r.status, origin: r.origin, note: r.note, createdAt: r.createdAt.toISOString() })),
    }));
    // Nothing a person wrote is lost from an export either: paragraphs a re-import removed come along.
    yield `],"archived":${s(archived)}}`;
  }
  yield `\n]}\n`;
};

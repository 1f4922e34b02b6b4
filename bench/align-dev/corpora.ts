// The line-aligned French–English corpora in ../shared/data, read in place (never copied
// into the repository), cut into documents. Each is absent on a clone without ../shared:
// readers then return null and the benchmark says what it skipped.
import fs from "node:fs";
import path from "node:path";

export const SHARED_DATA_DIR = path.join(__dirname, "..", "..", "..", "shared", "data");

export interface SentencePair {
  fr: string;
  en: string;
}

export interface SourceDoc {
  /** "news-test2008#12": corpus and 1-based document number. */
  name: string;
  corpus: string;
  sentences: SentencePair[];
}

function readPairs(dir: string, frName: string, enName: string): SentencePair[] | null {
  const frFile = path.join(SHARED_DATA_DIR, dir, frName);
  const enFile = path.join(SHARED_DATA_DIR, dir, enName);
  if (!fs.existsSync(frFile) || !fs.existsSync(enFile)) return null;
  const fr = fs.readFileSync(frFile, "utf8").split("\n");
  const en = fs.readFileSync(enFile, "utf8").split("\n");
  return Array.from({ length: Math.min(fr.length, en.length) }, (_, k) => ({ fr: fr[k].trim(), en: en[k].trim() }));
}

const MIN_ARTICLE_SENTENCES = 8;
const ENDS_LIKE_SENTENCE = /[.!?…:;"»”')\]]$/;

/** news-test2008 (wire news, 2008), cut into articles at headline-like lines. */
export function readNewsTest2008(): SourceDoc[] | null {
  const pairs = readPairs("news-test2008", "news-test2008.fr", "news-test2008.en");
  if (!pairs) return null;
  const articles: SentencePair[][] = [];
  let current: SentencePair[] = [];
  for (const pair of pairs) {
    if (!pair.fr || !pair.en) continue;
    if (!ENDS_LIKE_SENTENCE.test(pair.en) && current.length >= MIN_ARTICLE_SENTENCES) {
      articles.push(current);
      current = [];
    }
    current.push(pair);
  }
  if (current.length >= MIN_ARTICLE_SENTENCES) articles.push(current);
  return articles.map((sentences, k) => ({ name: `news-test2008#${k + 1}`, corpus: "news-test2008", sentences }));
}

/** Consecutive runs of about `size` sentences (the last run takes the remainder when short). */
function chunks(pairs: SentencePair[], size: number): SentencePair[][] {
  const out: SentencePair[][] = [];
  for (let k = 0; k < pairs.length; k += size) out.push(pairs.slice(k, k + size));
  if (out.length > 1 && out[out.length - 1].length < size / 2) out[out.length - 2].push(...out.pop()!);
  return out;
}

/** newsdiscuss2015 (readers' comments under news articles): runs of 20 comments' sentences. */
export function readNewsDiscuss2015(): SourceDoc[] | null {
  const pairs = readPairs("newsdiscuss2015", "newsdiscusstest2015.fr", "newsdiscusstest2015.en");
  if (!pairs) return null;
  return chunks(pairs.filter((p) => p.fr && p.en), 20).map((sentences, k) => ({ name: `newsdiscuss2015#${k + 1}`, corpus: "newsdiscuss2015", sentences }));
}

/** A line whose English is under half or over 1.6 times as long as its French: a sign the two files are out of step there. */
const outOfStep = (p: SentencePair) => p.en.length < 0.5 * p.fr.length || p.en.length > 1.6 * p.fr.length;

/**
 * Documents of tico19 whose French and English lines are out of step in this copy (the
 * French of PubMed_8 from its line 462 on, and of Wikinews_1 and Wikinews_3, belongs to
 * other sentences): more than this share of lines with implausible lengths.
 */
const MAX_OUT_OF_STEP = 0.05;
export const TICO19_EXCLUDED: string[] = [];

/**
 * tico19 (COVID-19 texts: Wikinews, Wikipedia, PubMed, phrasebooks): its documents, long
 * ones in runs of 30 sentences; documents whose two sides are out of step are left out
 * (named in TICO19_EXCLUDED).
 */
export function readTico19(): SourceDoc[] | null {
  const pairs = readPairs("tico19", "tico19-test.fr", "tico19-test.en");
  const infoFile = path.join(SHARED_DATA_DIR, "tico19", "tico19-test.info");
  if (!pairs || !fs.existsSync(infoFile)) return null;
  const info = fs.readFileSync(infoFile, "utf8").split("\n");
  const byDoc = new Map<string, SentencePair[]>();
  pairs.forEach((pair, k) => {
    const doc = (info[k] ?? "").split(":")[0];
    if (!doc || !pair.fr || !pair.en) return;
    if (!byDoc.has(doc)) byDoc.set(doc, []);
    byDoc.get(doc)!.push(pair);
  });
  const docs: SourceDoc[] = [];
  TICO19_EXCLUDED.length = 0;
  for (const [doc, sentences] of byDoc) {
    if (sentences.filter(outOfStep).length > MAX_OUT_OF_STEP * sentences.length) {
      TICO19_EXCLUDED.push(doc);
      continue;
    }
    chunks(sentences, 30).forEach((run, k) => docs.push({ name: `tico19#${doc}.${k + 1}`, corpus: "tico19", sentences: run }));
  }
  return docs;
}

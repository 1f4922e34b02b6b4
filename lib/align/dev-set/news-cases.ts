import fs from "node:fs";
import path from "node:path";
import { guessKinds } from "../guess-kinds";
import type { AlignParagraph } from "../types";
import type { DevCase, GoldLink } from "./dev-case";

/** ../shared/data/news-test2008 from the project's root: read in place, never copied. */
export const NEWS_TEST_DIR = path.join(process.cwd(), "..", "shared", "data", "news-test2008");

const MIN_ARTICLE_SENTENCES = 8;
const ENDS_LIKE_SENTENCE = /[.!?…:;"»”')\]]$/;

/** A seeded pseudo-random generator (mulberry32): the same cases on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SentencePair {
  fr: string;
  en: string;
}

/** The parallel sentences, cut into articles at headline-like lines; null when the folder is absent. */
export function readNewsArticles(dir = NEWS_TEST_DIR): SentencePair[][] | null {
  const frFile = path.join(dir, "news-test2008.fr");
  const enFile = path.join(dir, "news-test2008.en");
  if (!fs.existsSync(frFile) || !fs.existsSync(enFile)) return null;
  const fr = fs.readFileSync(frFile, "utf8").split("\n");
  const en = fs.readFileSync(enFile, "utf8").split("\n");
  const articles: SentencePair[][] = [];
  let current: SentencePair[] = [];
  for (let k = 0; k < Math.min(fr.length, en.length); k++) {
    const pair = { fr: fr[k].trim(), en: en[k].trim() };
    if (!pair.fr || !pair.en) continue;
    if (!ENDS_LIKE_SENTENCE.test(pair.en) && current.length >= MIN_ARTICLE_SENTENCES) {
      articles.push(current);
      current = [];
    }
    current.push(pair);
  }
  if (current.length >= MIN_ARTICLE_SENTENCES) articles.push(current);
  return articles;
}

/** Paragraphs as runs of sentence ids; a sentence id missing from a side was dropped there. */
type Grouping = number[][];

function group(ids: number[], random: () => number, maxRun: number): Grouping {
  const out: Grouping = [];
  for (let k = 0; k < ids.length; ) {
    const size = k === 0 ? 1 : 1 + Math.floor(random() * maxRun);
    out.push(ids.slice(k, k + size));
    k += size;
  }
  return out;
}

/** The English edited like wire copy: some paragraphs split, some merged with the next. */
function editMergeSplit(fr: Grouping, random: () => number): Grouping {
  const out: Grouping = [];
  for (let k = 0; k < fr.length; k++) {
    const p = fr[k];
    const roll = random();
    if (k > 0 && p.length >= 2 && roll < 0.2) {
      const cut = 1 + Math.floor(random() * (p.length - 1));
      out.push(p.slice(0, cut), p.slice(cut));
    } else if (k > 0 && k + 1 < fr.length && roll < 0.35) {
      out.push([...p, ...fr[k + 1]]);
      k++;
    } else out.push(p);
  }
  return out;
}

/** A paragraph or two dropped from one side or the other. */
function dropSome(fr: Grouping, random: () => number): [Grouping, Grouping] {
  const dropFr = new Set<number>();
  const dropEn = new Set<number>();
  const drops = 1 + Math.floor(random() * 2);
  for (let d = 0; d < drops; d++) {
    const k = 1 + Math.floor(random() * (fr.length - 1));
    (random() < 0.5 ? dropFr : dropEn).add(k);
  }
  return [fr.filter((_, k) => !dropFr.has(k)), fr.filter((_, k) => !dropEn.has(k))];
}

/**
 * Gold links: French and English paragraphs that share a sentence belong to one link
 * (connected components); a paragraph sharing none stands alone. Groupings keep sentence
 * order, so ordering links by their first sentence puts them in reading order.
 */
export function goldFromGroupings(fr: Grouping, en: Grouping): GoldLink[] {
  const parent = Array.from({ length: fr.length + en.length }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const frOf = new Map<number, number>();
  fr.forEach((p, i) => p.forEach((id) => frOf.set(id, i)));
  en.forEach((p, j) =>
    p.forEach((id) => {
      const i = frOf.get(id);
      if (i !== undefined) parent[find(fr.length + j)] = find(i);
    }),
  );
  const links = new Map<number, GoldLink & { first: number }>();
  const add = (node: number, side: "fr" | "en", index: number, ids: number[]) => {
    const root = find(node);
    let link = links.get(root);
    if (!link) links.set(root, (link = { fr: [], en: [], first: Infinity }));
    link[side].push(index);
    link.first = Math.min(link.first, ...ids);
  };
  fr.forEach((p, i) => add(i, "fr", i, p));
  en.forEach((p, j) => add(fr.length + j, "en", j, p));
  return [...links.values()].sort((x, y) => x.first - y.first).map(({ fr: f, en: e }) => ({ fr: f, en: e }));
}

function paragraphs(sentences: SentencePair[], grouping: Grouping, side: "fr" | "en"): AlignParagraph[] {
  const texts = grouping.map((p) => p.map((id) => sentences[id][side]).join(" "));
  const kinds = guessKinds(texts);
  return texts.map((text, k) => ({ text, kind: kinds[k] }));
}

export const NEWS_CASE_TYPES = ["news-merge-split", "news-dropped", "news-short-lines"] as const;

/** Cases cut from one article: the same sentences grouped into paragraphs three ways. */
export function newsCases(articles: SentencePair[][], maxArticles = 40, seed = 2008): DevCase[] {
  const random = seededRandom(seed);
  const cases: DevCase[] = [];
  articles.slice(0, maxArticles).forEach((sentences, a) => {
    const ids = sentences.map((_, k) => k);
    const build = (type: string, fr: Grouping, en: Grouping) =>
      cases.push({
        name: `news-test2008#${a + 1}/${type}`,
        type,
        fr: paragraphs(sentences, fr, "fr"),
        en: paragraphs(sentences, en, "en"),
        gold: goldFromGroupings(fr, en),
      });
    const fr = group(ids, random, 3);
    build("news-merge-split", fr, editMergeSplit(fr, random));
    const [dfr, den] = dropSome(group(ids, random, 3), random);
    build("news-dropped", dfr, den);
    // One sentence a paragraph, one line missing on one side: length alone cannot tell where.
    const lines = group(ids, random, 1);
    const gap = 1 + Math.floor(random() * (lines.length - 1));
    const shorter = lines.filter((_, k) => k !== gap);
    if (random() < 0.5) build("news-short-lines", lines, shorter);
    else build("news-short-lines", shorter, lines);
  });
  return cases;
}

/**
 * A long text for speed: articles one after another (cycled when there are not enough),
 * each opened by a dispatch line with its own number, as a wire feed is; paragraphs of
 * one to three sentences, the English merged and split as in news-merge-split, and now
 * and then a paragraph dropped. Gold links come with it.
 */
export function longCase(articles: SentencePair[][], paragraphsPerSide: number, seed = 1): DevCase {
  const random = seededRandom(seed);
  const sentences: SentencePair[] = [];
  const fr: Grouping = [];
  const en: Grouping = [];
  for (let copy = 0; fr.length < paragraphsPerSide; copy++) {
    const article = articles[copy % articles.length];
    const dispatch = 100_000 + copy;
    const first = sentences.length;
    sentences.push({ fr: `Dépêche ${dispatch}`, en: `Dispatch ${dispatch}` }, ...article);
    const ids = Array.from({ length: article.length + 1 }, (_, k) => first + k);
    const frGroups = group(ids, random, 3);
    let enGroups = editMergeSplit(frGroups, random);
    let frKept = frGroups;
    if (random() < 0.2) [frKept, enGroups] = random() < 0.5 ? [dropSome(frGroups, random)[0], enGroups] : [frGroups, dropSome(enGroups, random)[1]];
    fr.push(...frKept);
    en.push(...enGroups);
  }
  return {
    name: `long text, ${fr.length} x ${en.length} paragraphs`,
    type: "long",
    fr: fr.map((p) => ({ text: p.map((id) => sentences[id].fr).join(" ") })),
    en: en.map((p) => ({ text: p.map((id) => sentences[id].en).join(" ") })),
    gold: goldFromGroupings(fr, en),
  };
}

const VOCABULARY = "gouvernement accord ministre guerre président sommet région armée frontière économie hausse prix marché banque élection".split(" ");

/** Made-up articles, for when news-test2008 is absent: the speed figures do not depend on the words. */
export function syntheticArticles(count: number, seed = 3): SentencePair[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 12 + Math.floor(random() * 20) }, () => {
      const words = Array.from({ length: 8 + Math.floor(random() * 30) }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]);
      const number = Math.floor(random() * 5000);
      return { fr: `${words.join(" ")} ${number}.`, en: `${words.reverse().join(" ")} ${number}.` };
    }),
  );
}

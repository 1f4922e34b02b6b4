import { foldForMatch, normalizeText } from "../text/normalize";
import { editDistance } from "../text/edit-distance";
import { isAcronym, isCapitalised } from "../text/capitals";
import { nameKey } from "../text/name-key";
import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from "../text/stopwords";

/**
 * Finding proper names in running text: capitalised sequences with their particles
 * (Kim Jong Un, Lee Jae-myung, al-Assad, Corée du Nord), the words around them that hint
 * at a kind (M., président, à, la région de), and a transliteration-tolerant comparison
 * of names on lib/text/name-key.ts (Choïgou ~ Choïgu ~ Shoigu, Koursk ~ Kursk). Pure
 * functions, no database.
 */

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Starts a sentence (paragraph start, after . ! ? : « " ( ), so its capital proves nothing. */
  initial: boolean;
  /** Follows an elided article or preposition (l', d'): "l'Otan", "d'Ukraine". */
  elided: boolean;
}

/** Letters, digits, marks; hyphenated compounds stay one word ("Jae-myung", "Etats-Unis"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|qu|n|s|j|m|c|t|jusqu|lorsqu|puisqu|quoiqu)$/i;
const SENTENCE_BREAK = /[.!?:;«"“(\[—–]\s*$/u;
/** Abbreviated titles whose full stop does not end the sentence. */
export const TITLE_ABBREVIATIONS = new Set(["M", "Mme", "Mmes", "MM", "Mlle", "Dr", "Me", "Mgr", "Pr"]);

export function splitWords(input: string): Word[] {
  const text = normalizeText(input);
  const words: Word[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(previousEnd, m.index);
    const prev = words[words.length - 1];
    const elided = !!prev && gap === "'" && ELISION.test(prev.text);
    const afterTitle = /^\.\s*$/.test(gap) && !!prev && TITLE_ABBREVIATIONS.has(prev.text);
    const initial = !prev || (!elided && !afterTitle && SENTENCE_BREAK.test(gap));
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length, initial, elided });
    previousEnd = m.index + m[0].length;
  }
  return words;
}


/** Particles that may sit inside a name when a capitalised word follows. */
const PARTICLES = new Set(["du", "des", "von", "van", "der", "den", "bin", "ibn", "di", "da", "del", "della", "dos", "das", "y", "of", "for"]);
/** Lower-case heads that belong to a place's name: "place Kim Il Sung", "rue de Rivoli". */
export const PLACE_HEADS = new Set(["place", "rue", "avenue", "boulevard", "pont", "mont", "lac", "golfe", "détroit", "île", "cap", "canal"]);

/**
 * Capitalised words that are not names on their own: function words at a sentence start
 * (but "New", of New York, and "May", a surname), titles, compass points, "Etat" in "un
 * média d'Etat", and adverbs that open French sentences before a name ("Hier, Poutine…").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...[...FRENCH_STOPWORDS, ...ENGLISH_STOPWORDS].filter((w) => w !== "new" && w !== "may"),
  ...["etat", "nord", "sud", "est", "ouest", "premier", "premiere", "photo", "ndlr", "via"],
  ...["m", "mme", "mlle", "dr", "mr", "mrs", "ms", "monsieur", "madame"],
  ...["enfin", "ensuite", "puis", "cependant", "pourtant", "toutefois", "neanmoins", "hier", "demain", "desormais", "seul", "seule", "voici", "voila"],
]);

/** Capitalised heads of organisations' names that go on in lower case: Conseil de sécurité russe. */
const ORG_HEADS = new Set([
  "Conseil", "Institut", "Agence", "Organisation", "Fédération", "Ministère", "Comité", "Commission", "Parti", "Cour", "Banque", "Fonds",
  "Assemblée", "Département", "Université", "Haut-Commissariat", "Tribunal", "Front", "Mouvement", "Office", "Bureau", "Garde", "Armée",
]);
/** Capitalised heads of states' names that go on in lower case: République populaire démocratique de Corée. */
export const STATE_HEADS = new Set(["République", "Royaume", "Principauté", "Emirats", "Émirats", "Confédération", "Sultanat", "Emirat", "Émirat"]);
/**
 * Articles of other languages that open a name (Il Giornale, El País, Der Spiegel): capitalised
 * and followed by a capitalised word, they are part of the name, wherever they stand. (French
 * articles are not: "La Russie" at a sentence start is "Russie".)
 */
export const FOREIGN_ARTICLES = new Set(["Il", "El", "Lo", "Los", "Las", "Der", "Die", "Das"]);
/**
 * Articles that belong to a name when capitalised inside a sentence: "à La Haye", "au
 * départ du Havre" aside, "in The Hague", "Le Havre". At a sentence start they open the
 * name only if the pair is seen capitalised inside a sentence somewhere ("La Haye
 * accueille…", not "La Russie a…").
 */
const NAME_ARTICLES = new Set(["La", "Le", "Les", "The"]);
const ARTICLE_OPENING = /^(?:la|le|les|the) (?=\p{Lu})/iu;

/** A name without the article that opens it: "Le Caire" → "Caire", "The Hague" → "Hague". */
export const withoutArticle = (name: string) => name.replace(ARTICLE_OPENING, "");
/** At most this many words are added after the head ("de sécurité russe", "d'études de l'Extrême-Orient"). */
const ORG_MAX_TAIL = 5;
/** Words that link the rest of such a name to its head. */
const ORG_LINKS = new Set(["de", "du", "des", "d", "l"]);
/** Words that end such a name: the function words that start the rest of the sentence, except the links. */
const ORG_STOP: ReadonlySet<string> = new Set([...FRENCH_STOPWORDS].filter((w) => !ORG_LINKS.has(w)));

/**
 * "Conseil" + "de sécurité russe": lower-case words and linked names after an
 * organisation's head, up to punctuation, a stop word or another name not linked by de.
 */
function extendOrganisation(text: string, words: Word[], to: number): number {
  let end = to;
  for (let k = to; k < words.length && k - to < ORG_MAX_TAIL; k++) {
    const gap = text.slice(words[k - 1].end, words[k].start);
    if (!/^[ ']$/.test(gap)) break;
    const w = words[k].text;
    if (ORG_STOP.has(foldForMatch(w))) break;
    if (isCapitalised(w) && !ORG_LINKS.has(words[k - 1].text)) break;
    if (/^\p{N}/u.test(w)) break;
    if (!ORG_LINKS.has(w)) end = k + 1;
  }
  return end;
}

/** Lower-case heads of institutions' names, linked by de: "université de Kyungnam". */
const LOWER_ORG_HEADS = new Set(["ministère", "département", "université", "secrétariat", "préfecture", "musée", "hôpital", "lycée", "école"]);
const LINKS = new Set(["de", "du", "des", "d", "l", "la"]);
const MINISTER = new Set(["ministre", "ministres", "Ministre"]);
const ADJECTIVE = /^\p{Ll}+(?:ères?|ieur|ieurs|ienne?s?|aises?|ales?|aux|iques?|ées?|aines?|iles?)$/u;

export interface NameSpan {
  /** The name as written (particles and hyphens kept). */
  text: string;
  /** Index of its first and one past its last word in the paragraph's words. */
  from: number;
  to: number;
  acronym: boolean;
}

/**
 * Capitalised sequences of a paragraph. `seenMidSentence(word)` says whether the word is
 * capitalised somewhere it does not start a sentence: a sentence-initial word that never
 * is ("Rappelons", "Coïncidant") is a common word and is left out.
 */
export function findNameSpans(text: string, seenMidSentence: (word: string) => boolean): { words: Word[]; spans: NameSpan[] } {
  const norm = normalizeText(text);
  const words = splitWords(norm);
  const spans: NameSpan[] = [];
  const joined = (a: Word, b: Word) => /^ $/.test(norm.slice(a.end, b.start));
  /** A capitalised word that may continue a name: "Un" in Kim Jong Un, "Il" in Kim Il Sung. */
  const continues = (i: number) => {
    const w = words[i];
    return !!w && w.text.length >= 2 && isCapitalised(w.text) && !/^\p{N}/u.test(w.text) && !isAcronym(w.text) && joined(words[i - 1], w);
  };
  const starts = (i: number) => {
    const w = words[i];
    if (!w || w.text.length < 2 || !isCapitalised(w.text) || /^\p{N}/u.test(w.text)) return false;
    if (isAcronym(w.text)) return true;
    if (FOREIGN_ARTICLES.has(w.text) && continues(i + 1)) return true;
    // "(République populaire démocratique de Corée": the state's name, not "Corée" alone.
    if (STATE_HEADS.has(w.text)) return true;
    if (NAME_ARTICLES.has(w.text) && continues(i + 1)) return !w.initial || seenMidSentence(`${w.text} ${words[i + 1].text}`);
    if (NOT_NAMES.has(foldForMatch(w.text))) return false;
    // At a sentence start a capital proves nothing, unless the word is capitalised elsewhere
    // or a capitalised word follows it ("Ahn Chan Il, un transfuge").
    return !w.initial || seenMidSentence(w.text) || continues(i + 1);
  };
  /** "ministère de l'Intérieur", "département d'Etat": the index of a lower-case head before word i, or -1. */
  const headBefore = (i: number) => {
    let k = i - 1;
    for (let n = 0; n < 2 && k > 0 && LINKS.has(words[k]?.text) && /^[ ']$/.test(norm.slice(words[k].end, words[k + 1].start)); n++) k--;
    if (!(k < i - 1 && k >= 0 && joined(words[k], words[k + 1]))) return -1;
    // Up to two adjectives between the head and "de": "ministre russe de la Défense", "ministère sud-coréen de l'Unification".
    for (let n = 0; n < 2 && k > 0 && !MINISTER.has(words[k].text) && !LOWER_ORG_HEADS.has(words[k].text); n++) {
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[k].text) || LINKS.has(words[k].text) || !joined(words[k - 1], words[k])) break;
      k--;
    }
    if (MINISTER.has(words[k].text)) return -2;
    return LOWER_ORG_HEADS.has(words[k].text) ? k : -1;
  };
  for (let i = 0; i < words.length; i++) {
    const head = words[i].text.length >= 2 && isCapitalised(words[i].text) && !isAcronym(words[i].text) ? headBefore(i) : -1;
    // "le ministre des Transports": a portfolio, part of a title, not a name.
    if (head === -2) {
      while (i + 1 < words.length && continues(i + 1)) i++;
      continue;
    }
    if (head < 0 && !starts(i)) continue;
    const acronym = isAcronym(words[i].text);
    let to = i + 1;
    while (to < words.length && !acronym) {
      if (continues(to)) to++;
      else if (PARTICLES.has(words[to].text) && joined(words[to - 1], words[to]) && continues(to + 1)) to += 2;
      else break;
    }
    if (to === i + 1 && (ORG_HEADS.has(words[i].text) || STATE_HEADS.has(words[i].text))) to = extendOrganisation(norm, words, to);
    let from = i;
    const before = words[i - 1];
    if (before && PLACE_HEADS.has(before.text) && joined(before, words[i])) from = i - 1;
    if (head >= 0) {
      from = head;
      // "ministère des Affaires étrangères": one trailing adjective belongs to the name.
      const next = words[to];
      if (next && joined(words[to - 1], next) && ADJECTIVE.test(next.text)) to++;
    }
    spans.push({ text: norm.slice(words[from].start, words[to - 1].end), from, to, acronym });
    i = to - 1;
  }
  return { words, spans };
}

/**
 * Every word capitalised where it does not start a sentence, as a set of exact spellings,
 * and the names opened by a capitalised article there ("La Haye", "The Hague").
 */
export function midSentenceCapitals(texts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  for (const text of texts) {
    const norm = normalizeText(text);
    const words = splitWords(norm);
    words.forEach((w, i) => {
      if (w.initial || !isCapitalised(w.text)) return;
      seen.add(w.text);
      const next = words[i + 1];
      if (NAME_ARTICLES.has(w.text) && next && isCapitalised(next.text) && norm.slice(w.end, next.start) === " ") seen.add(`${w.text} ${next.text}`);
    });
  }
  return seen;
}

/** 1 for the same name under transliteration, falling towards 0 as spellings differ. */
export function nameSimilarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return 0;
  return 1 - editDistance(ka, kb) / Math.max(ka.length, kb.length);
}

/**
 * Two French spellings of one name: same words once folded, or each word within a small
 * edit distance of the other's (Choïgou/Choïgu, Kim Jong Un/Kim Jong-Un).
 */
export function sameNameSpelling(a: string, b: string): boolean {
  const ta = foldForMatch(a).split(" ");
  const tb = foldForMatch(b).split(" ");
  if (ta.length !== tb.length) return false;
  return ta.every((w, i) => {
    const v = tb[i];
    if (w === v) return true;
    const limit = Math.min(w.length, v.length) >= 8 ? 2 : Math.min(w.length, v.length) >= 5 ? 1 : 0;
    return editDistance(w, v) <= limit || nameKey(w) === nameKey(v);
  });
}

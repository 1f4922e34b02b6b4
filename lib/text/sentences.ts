/**
 * Sentences of a French or English paragraph, with their offsets, for sentence-level
 * alignment and for the reader to wrap them without touching the text.
 *
 * Intl.Segmenter (ICU's sentence rules, UAX #29) does most of the work. Its rules alone cut
 * after every abbreviation or initial followed by a capital ("M. | Dupont", "G. | W. |
 * Bush", "the U.S. | Army"), before a number ("No. | 10"), before a guillemet closing a
 * quote when a space precedes it, as French typography wants ("partirons. | » Il"), and
 * before the attribution of a quote ending in ? or ! ("leave?" | he asked"); and "…" does
 * not end a sentence for it. So the text is first given to it in a masked copy of the same
 * length (offsets stay valid): the full stops of abbreviations and initials hidden, "…"
 * shown as a full stop, the space before a closing guillemet shown as part of it. Then a
 * cut before a lowercase letter is undone: sentences do not start in lowercase.
 */

export type SentenceLang = "fr" | "en";

/** A sentence: `text` is exactly `paragraph.slice(start, end)`, without surrounding spaces. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Abbreviations whose full stop never ends a sentence: titles before a name (M., Dr.),
 * and words that always lead on (av. J.-C., cf., p. ex., e.g.).
 */
const NEVER_FINAL: Record<SentenceLang, string[]> = {
  fr: ["M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Drs", "Pr", "St", "Ste", "Sts", "Gal", "Gén", "Cdt", "Col", "Lt", "Sgt", "av", "apr", "cf", "Cf", "env", "ex", "c.-à-d", "resp"],
  en: ["Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "St", "Rev", "Fr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Sen", "Rep", "Gov", "Pres", "Hon", "Mt", "Ft", "e.g", "i.e", "cf", "Cf", "vs", "approx", "ca"],
};

/** Abbreviations that precede a number ("No. 10", "p. 12", "art. 3", "Nov. 21"): kept with it. */
const BEFORE_NUMBER: Record<SentenceLang, string[]> = {
  fr: ["n", "no", "nos", "p", "pp", "art", "Art", "al", "vol", "chap", "fig", "réf", "tél", "t", "op",
    "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"],
  en: ["No", "Nos", "no", "nos", "p", "pp", "art", "Art", "para", "vol", "Vol", "ch", "Ch", "fig", "Fig", "ref", "tel", "op", "Op",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
};

/**
 * Words that open sentences: a capital initial or acronym followed by one of them ends its
 * sentence ("to the U.S. He liked it", "le plan B. Il"), otherwise it is part of a name.
 */
const STARTERS: Record<SentenceLang, Set<string>> = {
  fr: new Set(
    ("Le La Les L Un Une Des Du De D Ce Cet Cette Ces C Il Elle Ils Elles On Nous Vous Je J Tu Mais Et Ou Donc Or Ni Car " +
      "Selon Pour Dans En Sur Après Avant Depuis Lors Puis Ensuite Enfin Alors Cependant Pourtant Toutefois Aussi " +
      "Son Sa Ses Leur Leurs Notre Nos Mon Ma Mes Si S Quand Comme Que Qu Qui Quoi Où Aucun Chaque Tout Tous Toute").split(" "),
  ),
  en: new Set(
    ("The A An He She It They We I You But And Or So Yet For In On At By With From This That These Those There " +
      "His Her Its Their Our My If When As While After Before Since Then However Meanwhile Still Also No Not Some All Each").split(" "),
  ),
};

const SPACE = "[\\s\\u00A0\\u202F]";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Not inside a word: the abbreviation starts after a space, an elision, an opening mark or the start. */
const WORD_START = "(?<![\\p{L}\\p{N}._-])";

interface LangRules {
  segmenter: Intl.Segmenter;
  neverFinal: RegExp;
  beforeNumber: RegExp;
}

const RULES = new Map<SentenceLang, LangRules>();

function rulesFor(lang: SentenceLang): LangRules {
  let rules = RULES.get(lang);
  if (!rules) {
    const list = (words: string[]) => words.map(escape).sort((a, b) => b.length - a.length).join("|");
    rules = {
      segmenter: new Intl.Segmenter(lang, { granularity: "sentence" }),
      neverFinal: new RegExp(`${WORD_START}(?:${list(NEVER_FINAL[lang])})(\\.)(?=${SPACE})`, "gu"),
      beforeNumber: new RegExp(`${WORD_START}(?:${list(BEFORE_NUMBER[lang])})(\\.)(?=${SPACE}+\\p{N})`, "gu"),
    };
    RULES.set(lang, rules);
  }
  return rules;
}

/** An initial or an acronym's last letter, its full stop, then the next word. */
const INITIAL = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}(\\.)(?=${SPACE}+(\\p{Lu}[\\p{L}\\p{M}]*))`, "gu");
/** "J.-C." after "av." or "apr.": an era that may well end its sentence. */
const ERA_BEFORE = new RegExp(`(?:av|apr)\\.${SPACE}*J\\.-$`);
/** A lone capital after one of these is a label (plan B, vitamine C), not an initial. */
const LABEL_NOUNS = new Set(
  "plan vitamine vitamin catégorie category groupe group type classe class série series annexe annex phase niveau level option lettre letter zone tour bâtiment building étape stage".split(" "),
);
const LAST_WORD = new RegExp(`([\\p{L}\\p{M}]+)${SPACE}+$`, "u");
/** A list number opening the paragraph or a sentence: "1. Premier point." */
const LIST_NUMBER = new RegExp(`(?:^|(?<=[.!?…]${SPACE}+))${SPACE}*\\p{N}{1,3}(\\.)(?=${SPACE}+\\p{Lu})`, "gu");
/** Omitted text in a quotation: "(...)", "[…]". */
const OMISSION = /[([](?:\.{3}|…)[)\]]/g;
/** Spaces between a sentence's end and the closing guillemet, quote or bracket after it. */
const SPACE_BEFORE_CLOSE = new RegExp(`(?<=[.!?…]["”’»)\\]]*)${SPACE}+(?=[»”)\\]])`, "gu");

/**
 * The text as the segmenter should see it, same length: masked full stops become "·"
 * (not a sentence terminator), "…" becomes ".", spaces before a closing mark become "»".
 */
function masked(text: string, lang: SentenceLang, rules: LangRules): string {
  const chars = text.split("");
  /** Masks the full stop of each match of `re` in the text as masked so far. */
  const hide = (re: RegExp, accept: (m: RegExpExecArray) => boolean = () => true) => {
    for (const m of chars.join("").matchAll(re)) {
      if (!accept(m)) continue;
      // The masked full stop is the first group's, whose offset is the match's end (less one).
      const at = m.index + m[0].lastIndexOf(".");
      chars[at] = "·";
    }
  };
  hide(rules.neverFinal);
  hide(rules.beforeNumber);
  hide(LIST_NUMBER);
  hide(INITIAL, (m) => {
    if (STARTERS[lang].has(m[2])) return false;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (ERA_BEFORE.test(before)) return false;
    const label = LAST_WORD.exec(before)?.[1];
    return !(label && LABEL_NOUNS.has(label.toLowerCase()));
  });
  for (const m of text.matchAll(OMISSION)) for (let i = m.index + 1; i < m.index + m[0].length - 1; i++) chars[i] = "·";
  for (const m of text.matchAll(SPACE_BEFORE_CLOSE)) for (let i = m.index; i < m.index + m[0].length; i++) chars[i] = "»";
  for (let i = 0; i < chars.length; i++) if (chars[i] === "…") chars[i] = ".";
  return chars.join("");
}

/**
 * A sentence that opens with a number after a full stop ("… Viktor Orbán. 54 pour cent
 * ne font pas…"): the segmenter reads on to the next letter, lowercase, and does not cut.
 * Abbreviations before numbers are masked by then ("p. 12", "Nov. 21").
 */
const BEFORE_NUMBER_START = new RegExp(`(?<=[\\p{L}\\p{N}%)»”"’][.!?…]["»”’)\\]]*${SPACE}+)(?=\\p{N})`, "gu");

/**
 * Intl.Segmenter's time grows with the square of the text's length in V8 (7 s for a
 * 200,000-character paragraph), so long texts are segmented in windows: the cuts of each
 * window are kept except those near its end (the rules look a little ahead of a cut), and
 * the next window starts at the last cut kept, as a text starts after a sentence.
 */
const WINDOW = 4096;
const WINDOW_MARGIN = 512;

function* segmentStarts(segmenter: Intl.Segmenter, text: string): Generator<number> {
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const end = from + size;
    const last = end >= text.length;
    let kept = from;
    for (const { index } of segmenter.segment(text.slice(from, end))) {
      if (index === 0) continue;
      if (!last && index > size - WINDOW_MARGIN) break;
      kept = from + index;
      yield kept;
    }
    if (last) return;
    // A sentence longer than the window: a larger window, from the same place.
    if (kept === from) size *= 2;
    else {
      from = kept;
      size = WINDOW;
    }
  }
}

/** The first character that is not white space, from lastIndex on. */
const NEXT_VISIBLE = /\s*(\S)/uy;
const isSpace = (c: string) => /\s/.test(c);

/**
 * The sentences of `text` in order. Between and around them there is only white space:
 * joining the sentences and the gaps between them gives `text` back exactly.
 * Cost: linear in the text (a few regular expressions and one pass of the segmenter).
 */
export function splitSentences(text: string, lang: SentenceLang): Sentence[] {
  const rules = rulesFor(lang);
  const seen = masked(text, lang, rules);
  const cuts: number[] = [];
  for (const index of segmentStarts(rules.segmenter, seen)) {
    // A sentence does not start in lowercase: "leave?" he asked", « non ! » et il partit.
    NEXT_VISIBLE.lastIndex = index;
    const next = NEXT_VISIBLE.exec(text)?.[1];
    if (next && /\p{Ll}/u.test(next)) continue;
    cuts.push(index);
  }
  for (const m of seen.matchAll(BEFORE_NUMBER_START)) cuts.push(m.index);
  cuts.sort((a, b) => a - b);
  cuts.push(text.length);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const to of cuts) {
    let start = from;
    let end = to;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
    from = to;
  }
  return sentences;
}

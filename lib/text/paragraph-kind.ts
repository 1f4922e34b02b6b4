import { DATE_PATTERN } from "./dates";

export const PARAGRAPH_KINDS = ["title", "dateline", "heading", "caption", "credit", "body"] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface TypedParagraph {
  kind: ParagraphKind;
  text: string;
}

/** Agencies and pools that sign photos on their own ("AFP" alone on a line). */
const AGENCIES = new Set([
  "AFP", "AP", "REUTERS", "KCNA", "KNS", "EPA", "ANSA", "YONHAP", "POOL", "SPUTNIK", "TASS",
  "XINHUA", "DPA", "ANP", "GETTY", "GETTY IMAGES", "BELGA", "KEYSTONE", "SIPA",
]);
/** Words that end a credit line after a slash: "POOL/AFP/Archives", "AFP/File". */
const CREDIT_SUFFIXES = new Set(["ARCHIVES", "FILE", "HANDOUT", "POOL", "DOSSIER", "GETTY IMAGES"]);
const CREDIT_SEPARATOR = /\s*\/\s*|\s+(?:VIA|via)\s+/;
/** A slash or "VIA" makes a credit unmistakable, even after a sentence. */
const isSignedCredit = (credit: string) => CREDIT_SEPARATOR.test(credit);
/**
 * A name in a credit: capitalised words, with the particles of photographers' names
 * ("Jung Yeon-je", "KNS", "Archives", "Stephane de Sakutin", "AP Photo").
 */
const CREDIT_SEGMENT = /^\p{Lu}(?:\.|[\p{L}\p{N}&'-]*)(?: (?:(?:de|da|di|del|van|von|der|le|la|du|des|bin|al)(?= )|\p{Lu}(?:\.|[\p{L}\p{N}&'-]*))){0,4}$/u;
/** An agency, alone or as the first word of its photo service ("AP Photo", "AFP PHOTO"). */
const isAgency = (segment: string) => {
  const upper = segment.toUpperCase();
  return AGENCIES.has(upper) || CREDIT_SUFFIXES.has(upper) || (/ PHOTOS?$/.test(upper) && AGENCIES.has(upper.replace(/ PHOTOS?$/, "")));
};
/**
 * What may open a credit in either language, once parentheses are dropped: "Photo by",
 * "Photo :", "Photograph:", "Crédit photo :", "Credit:", "Picture:", "©".
 */
const CREDIT_PREFIX = /^(?:©\s*|(?:(?:cr[ée]dits?|copyright)(?: photo)?|photo(?:graph|graphie)?s?|images?|pictures?)(?:\s+(?:by|de|par)\s+|\s*:\s*))/iu;
/** "Photo AFP", "AFP PHOTO": a bare "Photo" before an agency. */
const BARE_PHOTO = /^photo\s+(?=\p{Lu})/iu;
const MAX_CREDIT_LENGTH = 80;

/** The credit's own words: parentheses and a "Photo by", "Crédit :" or "©" opening dropped. */
function creditBody(line: string): { body: string; prefixed: boolean } {
  let text = line.trim();
  if (/^\(.*\)$/.test(text)) text = text.slice(1, -1).trim();
  const prefix = CREDIT_PREFIX.exec(text);
  if (prefix) return { body: text.slice(prefix[0].length).trim(), prefixed: true };
  return { body: text.replace(BARE_PHOTO, ""), prefixed: false };
}

/**
 * "KCNA VIA KNS/AFP", "POOL/AFP/Archives", "Jung Yeon-je/AFP", "AFP", and the forms English
 * and French pages add around them: "(AP Photo/Ahn Young-joon)", "Photo by Stephane de
 * Sakutin / AFP", "Photo : AFP", "© Getty Images".
 */
export function isCredit(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_CREDIT_LENGTH) return false;
  const { body, prefixed } = creditBody(text);
  if (!body || /[,;:!?"«»“”()]|\.$/.test(body)) return false;
  const segments = body.split(CREDIT_SEPARATOR);
  if (!segments.every((s) => CREDIT_SEGMENT.test(s))) return false;
  // After "Photo by" or "©", any name is a credit; bare, it must name an agency.
  if (prefixed) return true;
  if (segments.length === 1) return AGENCIES.has(body.toUpperCase()) || (body !== text && isAgency(body));
  return segments.some(isAgency);
}

/** A credit no sentence ends with by chance: with a slash or VIA, a "Photo:" or "©", or in parentheses. */
const isExplicitCredit = (credit: string) => isSignedCredit(credit) || creditBody(credit).prefixed || /^\(.*\)$/.test(credit.trim());

const TERMINAL_PUNCTUATION = /[.!?…:;,]["»”’)\]]*$/;
const SENTENCE_END = /[.!?…]["»”’)]*$/;
const DATE_AT_END = new RegExp(`${DATE_PATTERN.source}\\)?$`, "iu");
/** A date then the caption's full stop: "… in Paris on July 1, 2025." */
const DATE_THEN_STOP = new RegExp(`${DATE_PATTERN.source}\\)?\\.$`, "iu");
/** How captions open, in French and in English news copy. */
const CAPTION_OPENING = new RegExp(
  [
    "(?:photo|image|illustration|capture|picture|handout|file photo|file -|file:)\\b",
    "(?:sur |dans )?(?:cette|une|la) (?:photo|image|capture|vue)\\b",
    "(?:this|a|the|in this|in a) (?:file |undated |handout |aerial )?(?:photo|picture|image|handout|screen ?grab|still|video grab)\\b",
    "vue (?:aérienne|générale)\\b",
  ].map((p) => `^${p}`).join("|"),
  "iu",
);
const MAX_CREDIT_WORDS = 5;
const MAX_CAPTION_WORDS = 60;
/** A credit in parentheses closing the line: "… July 1, 2025. (Photo by Stephane de Sakutin / AFP)". */
const TRAILING_PARENTHESES = /^(.*\S)\s*(\([^()]+\))$/u;

/**
 * A photo caption that ends with its credit on the same line ("… le 19 juin 2024
 * POOL/AFP/Archives") is two things: the caption and the credit. Returns both, or
 * undefined when the line does not end with a credit after a date (or, for a credit with
 * a slash, VIA, "Photo:" or parentheses, after a full sentence).
 */
export function splitTrailingCredit(line: string): [caption: string, credit: string] | undefined {
  const text = line.trim();
  const parenthesised = text.endsWith(")") ? TRAILING_PARENTHESES.exec(text) : null;
  if (parenthesised && isCredit(parenthesised[2]) && (SENTENCE_END.test(parenthesised[1]) || DATE_AT_END.test(parenthesised[1]))) {
    return [parenthesised[1], parenthesised[2]];
  }
  const words = text.split(/\s+/);
  for (let n = Math.min(MAX_CREDIT_WORDS, words.length - 1); n >= 1; n--) {
    const credit = words.slice(-n).join(" ");
    const caption = words.slice(0, -n).join(" ");
    if (!isCredit(credit)) continue;
    const datedCaption = DATE_AT_END.test(caption) && !TERMINAL_PUNCTUATION.test(caption);
    // "Des nageurs près du pont de Bercy. STEPHANE DE SAKUTIN/AFP": a full caption, then its credit.
    const sentenceCaption = isExplicitCredit(credit) && SENTENCE_END.test(caption);
    if (datedCaption || sentenceCaption) return [caption, credit];
  }
  return undefined;
}

/** A picture's description: no closing full stop, and it opens like one or ends on its date. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  if (TERMINAL_PUNCTUATION.test(text)) return false;
  return CAPTION_OPENING.test(text) || DATE_AT_END.test(text);
}

/**
 * Beside a credit line, a caption may end with a full stop, as English agencies write
 * them ("Swimmers near the Pont de Bercy in Paris on July 1, 2025."): it still opens like
 * a caption or ends on its date. Alone, such a sentence is body text.
 */
function isCaptionBesideCredit(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/).length > MAX_CAPTION_WORDS) return false;
  return CAPTION_OPENING.test(text) || DATE_THEN_STOP.test(text) || isCaption(text);
}

const WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/**
 * "Tokyo, 12 mars 2026", "(Rome, Paris, 22 mars 2025)", "Paris, mardi 1er juillet 2025",
 * "Tokyo, March 12, 2026", "PARIS, Tuesday, July 1, 2025": places, then a date, nothing else.
 */
const DATELINE = new RegExp(
  `^\\(?(?:\\p{Lu}[\\p{L}'.-]*(?: \\p{L}[\\p{L}'.-]*){0,3},\\s*)+(?:(?:le|on)\\s+)?(?:(?:${WEEKDAYS}),?\\s+)?${DATE_PATTERN.source}\\)?\\.?$`,
  "iu",
);

export function isDateline(line: string): boolean {
  return DATELINE.test(line.trim());
}

const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 14;

/** A subheading: short, and not ended like a sentence. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_HEADING_LENGTH &&
    text.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !TERMINAL_PUNCTUATION.test(text)
  );
}

/**
 * Kinds for the paragraphs that follow an article's title, from their text alone (and
 * their neighbours: a sentence beside a credit line may be its caption). Captions carrying
 * their credit are split in two, so the result may be longer.
 */
export function classifyParagraphs(lines: readonly string[]): TypedParagraph[] {
  const texts = lines.map((l) => l.trim()).filter(Boolean);
  const credits = texts.map(isCredit);
  const out: TypedParagraph[] = [];
  texts.forEach((text, i) => {
    if (credits[i]) {
      out.push({ kind: "credit", text });
      return;
    }
    const split = splitTrailingCredit(text);
    if (isDateline(text)) {
      out.push({ kind: "dateline", text });
    } else if (split) {
      out.push({ kind: "caption", text: split[0] }, { kind: "credit", text: split[1] });
    } else if (isCaption(text) || ((credits[i - 1] || credits[i + 1]) && isCaptionBesideCredit(text))) {
      out.push({ kind: "caption", text });
    } else if (isHeading(text)) {
      out.push({ kind: "heading", text });
    } else {
      out.push({ kind: "body", text });
    }
  });
  return out;
}

import { DATE_PATTERN, findDate } from "../text/dates";

/**
 * Bylines and date lines ("Par Claire Dubois · Publié le 1er juillet 2025 à 10h32",
 * "By Claire Dubois | Updated July 2, 2025", "Publié le 1er juillet 2025"): what they
 * say about the article, so that they become its metadata instead of paragraphs that
 * look like subheadings and that the aligner would pair with the English title.
 */
export interface BylineInfo {
  /** The authors as the line names them, without "Par"/"By": "Claire Dubois". */
  byline?: string;
  /** ISO date of publication read from the line ("2025-07-01"). */
  publishedOn?: string;
}

/** Pieces of a byline: "Par X · Publié le …", "By X | Updated …", "Par X - Publié le …". */
const SEPARATORS = /\s+[·•|–—-]\s+|\s*[·•|]\s*|\n|,\s+(?=(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|published|updated)(?!\p{L}))/iu;
const AUTHOR_OPENING = /^(?:par|by|propos recueillis par|texte|text|de notre (?:envoyée?|correspondante?)(?: spéciale?| permanente?)?(?: à [\p{Lu}][\p{L}'-]*(?: [\p{L}'-]+){0,2})?,?)\s+(?=\p{Lu})/iu;
/** "Publié le", "Mis à jour le", "Updated", "Published on", "Le 1er juillet 2025 à 10h32". */
const DATE_OPENING = /^(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|posted|published|updated|last updated|first published|le|on)(?!\p{L})/iu;
const UPDATE_OPENING = /^(?:mis à jour|mise à jour|modifié|modifiée|actualisé|updated|last updated)(?!\p{L})/iu;
/** A name in a byline: capitalised words and the particles of names, "et"/"and" between authors. */
const AUTHOR_NAMES = /^\p{Lu}[\p{L}.'-]*(?:,? (?:(?:et|and|de|du|des|da|di|van|von|le|la|al|bin)(?= )|avec|with|\p{Lu}[\p{L}.'-]*|\([^()]{1,40}\)))*$/u;
const MAX_BYLINE_LENGTH = 200;
const MAX_AUTHOR_WORDS = 12;
/** "envoyée spéciale à Kiev", "à Lyon": what may follow the names after a comma. */
const MAX_ROLE_WORDS = 6;

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** "Claire Dubois, envoyée spéciale à Kiev" keeps its role; "Claire Dubois (avec AFP)" too. */
function authorOf(piece: string): string | undefined {
  const opening = AUTHOR_OPENING.exec(piece);
  if (!opening) return undefined;
  // "Par Moscou, il faut entendre le Kremlin." is a sentence: a byline does not end like one.
  if (/[.!?]$/.test(piece) && !/\p{Lu}\.$/u.test(piece)) return undefined;
  const names = clean(piece.slice(opening[0].length)).replace(/[,;]$/, "");
  const [who, ...role] = names.split(/,\s+/);
  if (!AUTHOR_NAMES.test(who) || who.split(" ").length > MAX_AUTHOR_WORDS) return undefined;
  if (role.join(" ").split(" ").length > MAX_ROLE_WORDS) return undefined;
  return names;
}

/** "12/06/2025", "12.06.2025", "2025-06-12": a date, though not one to read (day or month first?). */
const NUMERIC_DATE = /(?<!\p{N})(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\p{N})/gu;
const TIME = /(?<!\p{N})\d{1,2}\s*(?:h|:|\.)\s*\d{2}(?:\s*[ap]\.?m\.?)?|(?<!\p{N})\d{1,2}\s*[ap]\.?m\.?/giu;
/** Words a date line may hold besides its date and time. */
const DATE_FILLER = /(?<!\p{L})(?:à|a|at|le|on|the|aujourd'hui|hier|today|yesterday|gmt|utc|cet|cest|bst|edt|est|heure de paris|paris time|local time|heure locale)(?!\p{L})/giu;

/**
 * A piece that dates the article and says nothing else: "Publié le 1er juillet 2025 à
 * 10h32", "Updated July 2, 2025 10:32 am", "1 July 2025". "Le 1er juillet 2025, la
 * canicule…" is a sentence, not a date line.
 */
function isDatePiece(piece: string): boolean {
  const opening = DATE_OPENING.exec(piece);
  const rest = piece.slice(opening ? opening[0].length : 0);
  const date = new RegExp(DATE_PATTERN.source, "giu");
  const numeric = new RegExp(NUMERIC_DATE.source, "u").test(rest);
  const hasDate = date.test(rest) || numeric || new RegExp(TIME.source, "iu").test(rest);
  if (!hasDate || (!opening && !findDate(rest) && !numeric)) return false;
  const leftover = rest.replace(new RegExp(DATE_PATTERN.source, "giu"), " ").replace(NUMERIC_DATE, " ").replace(TIME, " ").replace(DATE_FILLER, " ");
  return !/[\p{L}\p{N}]/u.test(leftover);
}

/**
 * Reads a line as a byline or a date line. Returns undefined for anything else: every
 * piece of the line must be an author or a date, so that a sentence that happens to open
 * with "Par" ("Par ailleurs, …", "Par Moscou, il faut entendre…") stays text.
 */
export function readByline(line: string): BylineInfo | undefined {
  const text = clean(line);
  if (!text || text.length > MAX_BYLINE_LENGTH) return undefined;
  const pieces = text.split(SEPARATORS).map(clean).filter(Boolean);
  let byline: string | undefined;
  let published: string | undefined;
  let updated: string | undefined;
  for (const piece of pieces) {
    const author = byline ? undefined : authorOf(piece);
    if (author) byline = author;
    else if (!isDatePiece(piece)) return undefined;
    // "Mis à jour le 2 juillet": the first publication dates the article, the update only failing it.
    else if (UPDATE_OPENING.test(piece)) updated ??= findDate(piece);
    else published ??= findDate(piece);
  }
  return { byline, publishedOn: published ?? updated };
}

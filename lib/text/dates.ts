const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  aout: 8, août: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};

/** Abbreviations news copy uses (AP style "Sept. 4", French "4 juil."), with or without their full stop. */
const ABBREVIATIONS: Record<string, number> = {
  janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, déc: 12, dec: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11,
};

// Longest first, so that "septembre" is not read as "sept" followed by "embre".
const MONTH_NAMES = [...Object.keys(MONTHS), ...Object.keys(ABBREVIATIONS).map((a) => `${a}\\.?`)]
  .sort((a, b) => b.length - a.length)
  .join("|");
/** 1er (French), 1st, 2nd, 3rd, 4th (English). */
const ORDINAL = "(?:er|st|nd|rd|th)?";
/** "22 mars 2025", "1er juin 2024", "4 June 2025", "1st July 2025", "June 4, 2025", "Sept. 4th 2025". */
export const DATE_PATTERN = new RegExp(
  `(?:(\\d{1,2})${ORDINAL}\\s+(${MONTH_NAMES})\\s+(\\d{4})|(${MONTH_NAMES})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4}))`,
  "iu",
);

const pad = (n: number) => String(n).padStart(2, "0");

const monthNumber = (name: string) => {
  const key = name.toLowerCase().replace(/\.$/, "");
  return MONTHS[key] ?? ABBREVIATIONS[key];
};

/** The first date written out in words in `text`, as ISO YYYY-MM-DD, or undefined. */
export function findDate(text: string): string | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const monthIndex = monthNumber(month);
  const dayNumber = Number(day);
  if (!monthIndex || dayNumber < 1 || dayNumber > 31) return undefined;
  return `${year}-${pad(monthIndex)}-${pad(dayNumber)}`;
}

/** Accepts "2025", "2025-06" or "2025-06-04" (the forms news metadata uses). */
export function isPartialIsoDate(text: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text);
}

/**
 * The date part of a machine-readable timestamp ("2025-07-01T10:32:00+02:00" → "2025-07-01"),
 * or undefined when it is not one.
 */
export function isoDatePart(value: string | null | undefined): string | undefined {
  const date = value?.trim().slice(0, 10);
  return date && isPartialIsoDate(date) ? date : undefined;
}

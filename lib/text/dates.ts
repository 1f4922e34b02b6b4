const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  aout: 8, août: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).join("|");
/** "22 mars 2025", "1er juin 2024", "4 June 2025", "June 4, 2025". */
export const DATE_PATTERN = new RegExp(
  `(?:(\\d{1,2})(?:er)?\\s+(${MONTH_NAMES})\\s+(\\d{4})|(${MONTH_NAMES})\\s+(\\d{1,2}),?\\s+(\\d{4}))`,
  "iu",
);

const pad = (n: number) => String(n).padStart(2, "0");

/** The first date written out in words in `text`, as ISO YYYY-MM-DD, or undefined. */
export function findDate(text: string): string | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const monthNumber = MONTHS[month.toLowerCase()];
  const dayNumber = Number(day);
  if (!monthNumber || dayNumber < 1 || dayNumber > 31) return undefined;
  return `${year}-${pad(monthNumber)}-${pad(dayNumber)}`;
}

/** Accepts "2025", "2025-06" or "2025-06-04" (the forms news metadata uses). */
export function isPartialIsoDate(text: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text);
}

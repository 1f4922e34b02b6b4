const pad = (n: number, width = 2) => String(n).padStart(width, "0");

// Rows of one export mostly share a handful of times: remember the last one converted.
let lastTime = NaN;
let lastText = "";

/** TMX date form: YYYYMMDDThhmmssZ, always UTC. */
export function tmxDate(date: Date): string {
  const time = date.getTime();
  if (time !== lastTime) {
    lastTime = time;
    lastText =
      `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
      `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
  }
  return lastText;
}

/** Reads a TMX date back; undefined when it is not of that form. */
export function parseTmxDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

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

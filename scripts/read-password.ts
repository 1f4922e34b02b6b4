import { UserError } from "../lib/errors";

const ENTER = new Set(["\r", "\n", "\u0004"]);

/** One line typed on the terminal without echoing it. Ctrl+C gives up. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    let typed = "";
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return done();
        if (char === "\u0003") return done(new UserError("password: not given (interrupted)"));
        if (char === "\u007f" || char === "\b") typed = [...typed].slice(0, -1).join("");
        else typed += char;
      }
    };
    input.on("data", onData);
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A new password, never on the command line (where `ps` and shell history would keep it):
 * typed twice on a terminal, or the first line of standard input (`… < file`, or a
 * password manager's pipe).
 */
export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden("new password: ");
    const again = await promptHidden("again: ");
    if (first !== again) throw new UserError("password: the two entries differ; nothing changed");
    return first;
  }
  const line = (await readStdin()).split(/\r?\n/)[0];
  if (!line) throw new UserError("password: standard input is empty (give the password on its first line, or use --generate-password)");
  return line;
}

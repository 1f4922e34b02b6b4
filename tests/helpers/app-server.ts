import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The command that serves a production build as `npm start` does (server.ts: Next.js behind
 * the reader's page cache), on 127.0.0.1:`port`. Run it with NEXT_DIST_DIR naming the build.
 */
export function appServerCommand(port: number): { command: string; args: string[]; env: Record<string, string> } {
  return {
    // tsx as a loader inside one node process (not its CLI, which runs the server in a
    // child): the pid is the server's, for the benchmarks' CPU time and for signals.
    command: process.execPath,
    args: ["--import", "tsx", path.join(ROOT, "server.ts")],
    env: { PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  };
}

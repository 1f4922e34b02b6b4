import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The command that serves a production build as `npm start` does (server.ts: Next.js behind
 * the reader's page cache), on 127.0.0.1:`port`. Run it with NEXT_DIST_DIR naming the build.
 */
export function appServerCommand(port: number): { command: string; args: string[]; env: Record<string, string> } {
  return {
    command: path.join(ROOT, "node_modules", ".bin", "tsx"),
    args: [path.join(ROOT, "server.ts")],
    env: { PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  };
}

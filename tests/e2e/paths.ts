import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
/** Where browser tests build the app (see next.config.js); E2E_DIST_DIR lets two builds coexist. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-test";

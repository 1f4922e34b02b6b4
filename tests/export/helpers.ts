import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db/client";
import { exportChunks, type ExportOptions } from "../../lib/export/export";

export const ROOT = path.join(__dirname, "..", "..");
/** TMX DTD and XLIFF 1.2 schema, when the shared folder is there (not in every checkout). */
export const SCHEMAS = path.join(ROOT, "..", "shared", "data", "schemas");
export const HAVE_SCHEMAS = fs.existsSync(path.join(SCHEMAS, "tmx14.dtd"));

export async function exportText(db: Db, options: ExportOptions): Promise<string> {
  let text = "";
  for await (const chunk of await exportChunks(db, options)) text += chunk;
  return text;
}

/** xmllint's verdict: "" when the file is fine, else its complaint. */
export function xmllint(file: string, ...args: string[]): string {
  const result = spawnSync("xmllint", ["--noout", ...args, file], { encoding: "utf8" });
  if (result.error) throw result.error;
  return result.status === 0 ? "" : result.stderr || `exit ${result.status}`;
}

/** Units as translate-toolkit (Debian's python3 module) reads them: [source, target]. */
export function translateToolkitUnits(file: string, kind: "tmx" | "xliff"): [string, string][] {
  const script = `
import json, sys
from translate.storage import tmx, xliff
store = (tmx.tmxfile if sys.argv[2] == "tmx" else xliff.xlifffile).parsefile(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(json.dumps([[u.source or "", u.target or ""] for u in units]))
`;
  const result = spawnSync("/usr/bin/python3", ["-c", script, file, kind], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`translate-toolkit failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

import type { NextRequest } from "next/server";
import { getDb } from "../../../lib/db/client";
import { exportResponse } from "../../../lib/export/download";

// better-sqlite3 is a native module, and every download reads the current database.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Export downloads, for the buttons of the reader and the library:
 *   GET /api/export?doc=SLUG&format=tmx|xliff|xliff12|tsv|csv|md|html|json|txt[&status=reviewed][&side=fr|en][&raw=1]
 *   GET /api/export?all=1&format=…
 * → 200 attachment (Content-Disposition file name <slug>.<ext>, the format's Content-Type),
 * streamed; txt needs side=fr or side=en. 400/404 JSON { error }. See lib/export/download.ts.
 */
export function GET(request: NextRequest): Promise<Response> {
  return exportResponse(getDb(), request.nextUrl.searchParams);
}

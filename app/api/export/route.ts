import type { NextRequest } from "next/server";
import { getDb } from "../../../lib/db/client";
import { UserError } from "../../../lib/errors";
import { exportResponse } from "../../../lib/export/download";
import { apiErrorResponse } from "../../server/api-error";

// better-sqlite3 is a native module, and every download reads the current database.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The query's names for lib's fields. */
const PARAMETERS = { document: "doc", documents: "all" };

/**
 * Export downloads, for the buttons of the reader and the library:
 *   GET /api/export?doc=SLUG&format=tmx|xliff|xliff12|tsv|csv|md|html|json|txt[&status=reviewed][&side=fr|en][&raw=1]
 *   GET /api/export?all=1&format=…
 * → 200 attachment (Content-Disposition file name <slug>.<ext>, the format's Content-Type),
 * streamed; txt needs side=fr or side=en. 400 (bad parameter) or 404 (no such document)
 * JSON { error } naming the parameter. See lib/export/download.ts.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    return await exportResponse(getDb(), request.nextUrl.searchParams);
  } catch (error) {
    if (error instanceof UserError) return apiErrorResponse(error, { parameters: PARAMETERS });
    throw error;
  }
}

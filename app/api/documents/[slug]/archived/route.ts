import { getDb } from "@/lib/db/client";
import { listArchivedParagraphs } from "@/lib/documents/archived";
import { documentIdBySlug } from "@/lib/documents/find-document";
import { UserError } from "@/lib/errors";
import { apiErrorResponse } from "@/app/server/api-error";
import { parseInput, slugInput } from "@/app/server/action-input";

export const dynamic = "force-dynamic";

/**
 * GET: the paragraphs re-imports took out of the document, most recent first, each with
 * its last state and (English) every revision it had. Reading is open. 400 for a slug
 * that cannot be one, 404 for an unknown document.
 */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    parseInput(slugInput, slug, "slug");
    return Response.json(await listArchivedParagraphs(getDb(), await documentIdBySlug(getDb(), slug)));
  } catch (error) {
    // 400 for a slug that cannot be one, 404 (from the code) for an unknown document.
    if (error instanceof UserError) return apiErrorResponse(error);
    throw error;
  }
}

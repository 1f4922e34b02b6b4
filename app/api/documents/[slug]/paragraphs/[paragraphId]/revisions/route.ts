import { getDb } from "@/lib/db/client";
import { documentIdBySlug } from "@/lib/documents/find-document";
import { listRevisions } from "@/lib/editing/revisions";
import { UserError } from "@/lib/errors";
import { apiErrorResponse } from "@/app/server/api-error";
import { idParam, parseInput, slugInput } from "@/app/server/action-input";

export const dynamic = "force-dynamic";

/**
 * GET: an English paragraph's revisions, newest first, each with its word diff. Reading is
 * open. 400 JSON { error } for a paragraph id that cannot be one (not digits, too large),
 * 404 for an unknown document or a paragraph not in it.
 */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string; paragraphId: string }> }) {
  const { slug, paragraphId } = await params;
  try {
    parseInput(slugInput, slug, "slug");
    const id = parseInput(idParam, paragraphId, "paragraphId");
    return Response.json(await listRevisions(getDb(), await documentIdBySlug(getDb(), slug), id));
  } catch (error) {
    // 400 for bad parameters, 404 (from the code) for what is not there.
    if (error instanceof UserError) return apiErrorResponse(error);
    throw error;
  }
}

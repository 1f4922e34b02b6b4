import { getDb } from "@/lib/db/client";
import { documentIdBySlug } from "@/lib/documents/find-document";
import { listRevisions } from "@/lib/editing/revisions";
import { UserError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET: an English paragraph's revisions, newest first, each with its word diff. Reading is open. */
export async function GET(_: Request, { params }: { params: Promise<{ slug: string; paragraphId: string }> }) {
  const { slug, paragraphId } = await params;
  try {
    const id = Number(paragraphId);
    if (!Number.isInteger(id) || id <= 0) throw new UserError(`paragraph "${paragraphId}": not a paragraph id`);
    return Response.json(await listRevisions(getDb(), await documentIdBySlug(getDb(), slug), id));
  } catch (error) {
    if (error instanceof UserError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}

"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/client";
import { documentIdBySlug } from "@/lib/documents/find-document";
import { editAlignment, undoAlignmentEdit } from "@/lib/editing/edit-alignment";
import { restoreRevision } from "@/lib/editing/revisions";
import { saveTranslation, type SavedParagraph } from "@/lib/editing/save-translation";
import type { TranslationEdit } from "@/lib/editing/translation-input";
import { parseInput, restoreInput, slugInput, translationEditIds } from "@/app/server/action-input";
import { runWrite, type WriteResult } from "@/app/server/write-action";

// Anyone can call these with any JSON: the slug and the ids are checked here first (an
// "invalid" answer naming the argument); lib/ validates the rest and checks that every id
// belongs to the document.

const documentId = (slug: unknown) => documentIdBySlug(getDb(), parseInput(slugInput, slug, "slug"));
const refresh = (slug: string) => revalidatePath(`/[locale]/documents/${slug}`, "page");

export async function saveTranslationAction(slug: string, edit: TranslationEdit): Promise<WriteResult<SavedParagraph>> {
  return runWrite("edit", async (actor) => {
    parseInput(translationEditIds, edit, "edit");
    const saved = await saveTranslation(getDb(), await documentId(slug), edit, actor);
    refresh(slug);
    return saved;
  });
}

export async function restoreRevisionAction(
  slug: string,
  input: { paragraphId: number; revisionId: number; expectedVersion: number },
): Promise<WriteResult<SavedParagraph>> {
  return runWrite("edit", async (actor) => {
    const checked = parseInput(restoreInput, input, "input");
    const restored = await restoreRevision(getDb(), await documentId(slug), checked, actor);
    refresh(slug);
    return restored;
  });
}

export async function editAlignmentAction(slug: string, edit: unknown): Promise<WriteResult<null>> {
  return runWrite("align", async (actor) => {
    await editAlignment(getDb(), await documentId(slug), edit, actor);
    refresh(slug);
    return null;
  });
}

export async function undoAlignmentAction(slug: string): Promise<WriteResult<string | null>> {
  return runWrite("align", async (actor) => {
    const undone = await undoAlignmentEdit(getDb(), await documentId(slug), actor);
    refresh(slug);
    return undone;
  });
}

import { z } from "zod";
import { MAX_TRANSLATION_LENGTH } from "./limits";

export { MAX_TRANSLATION_LENGTH };
export const EDITABLE_STATUSES = ["draft", "reviewed"] as const;

/**
 * What a person submits when saving an English paragraph. An empty text is accepted only
 * as an explicit "no translation", so that an accidental clear never wipes a paragraph.
 */
export const translationEdit = z
  .object({
    paragraphId: z.number().int().positive(),
    expectedVersion: z.number().int().positive(),
    text: z.string().max(MAX_TRANSLATION_LENGTH, `at most ${MAX_TRANSLATION_LENGTH.toLocaleString("en")} characters`),
    noTranslation: z.boolean().default(false),
    status: z.enum(EDITABLE_STATUSES).default("draft"),
    note: z.string().trim().max(500, "at most 500 characters").optional(),
  })
  .superRefine((edit, ctx) => {
    if (!edit.noTranslation && !edit.text.trim()) {
      ctx.addIssue({ code: "custom", path: ["text"], message: 'empty; to leave a paragraph untranslated, choose "no translation"' });
    }
  });

export type TranslationEdit = z.input<typeof translationEdit>;

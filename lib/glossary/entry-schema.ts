import { z } from "zod";

import { GLOSSARY_KINDS, type GlossaryKind } from "./kinds";

export { GLOSSARY_KINDS, type GlossaryKind };

const name = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");

/** A glossary entry as it is written, imported or edited. */
export const glossaryEntryInput = z.object({
  kind: z.enum(GLOSSARY_KINDS),
  fr: name,
  en: name,
  /** The English note (the English interface shows it). */
  note: z.string().trim().max(500).nullish(),
  /** The French note (the French interface shows it). */
  noteFr: z.string().trim().max(500).nullish(),
  variants: z
    .object({ fr: z.array(name).default([]), en: z.array(name).default([]) })
    .default({ fr: [], en: [] }),
});

export type GlossaryEntryInput = z.infer<typeof glossaryEntryInput>;

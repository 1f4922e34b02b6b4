import { z } from "zod";

const rowRef = z.object({ side: z.enum(["fr", "en"]), paragraphId: z.number().int().positive() });

/** A hand edit of the alignment, as the reader or a script sends it. */
export const alignmentEditInput = z.discriminatedUnion("op", [
  z.object({ op: z.literal("merge"), row: rowRef }),
  z.object({ op: z.literal("split"), row: rowRef }),
  z.object({ op: z.literal("move"), row: rowRef, direction: z.enum(["up", "down"]) }),
  z.object({ op: z.literal("confirm"), row: rowRef }),
]);

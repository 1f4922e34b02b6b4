import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { exportGlossary, GLOSSARY_FORMATS, GLOSSARY_MEDIA_TYPES } from "@/lib/glossary/exchange";
import { validate } from "@/lib/validate";
import { apiErrorResponse } from "@/app/server/api-error";

export const dynamic = "force-dynamic";

const query = z
  .object({
    format: z.enum(GLOSSARY_FORMATS, `must be one of ${GLOSSARY_FORMATS.join(", ")}`).default("csv"),
    raw: z.literal("1", "must be 1 (cells as stored, formulas not neutralized)").optional(),
  })
  .refine((q) => !q.raw || q.format === "csv", { message: "only csv has cells to keep raw", path: ["raw"] });

/**
 * GET /api/glossary/export?format=csv|tbx[&raw=1]: the whole glossary as a download. CSV
 * cells that would start a spreadsheet formula get a leading apostrophe unless raw=1.
 * 422 JSON { error } naming the parameter.
 */
export async function GET(request: Request): Promise<Response> {
  let format, raw;
  try {
    ({ format, raw } = validate(query, Object.fromEntries(new URL(request.url).searchParams), undefined, "query"));
  } catch (error) {
    if (error instanceof UserError) return apiErrorResponse(error, { invalidStatus: 422 });
    throw error;
  }
  const body = await exportGlossary(getDb(), format, { rawValues: raw === "1" });
  return new Response(body, {
    headers: {
      "content-type": GLOSSARY_MEDIA_TYPES[format],
      "content-disposition": `attachment; filename="glossary.${format}"`,
      "cache-control": "no-store",
    },
  });
}

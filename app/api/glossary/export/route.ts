import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { exportGlossary, GLOSSARY_FORMATS, GLOSSARY_MEDIA_TYPES } from "@/lib/glossary/exchange";

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
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return Response.json({ error: `${issue.path.join(".") || "query"}: ${issue.message}` }, { status: 422 });
  }
  const { format, raw } = parsed.data;
  const body = await exportGlossary(getDb(), format, { rawValues: raw === "1" });
  return new Response(body, {
    headers: {
      "content-type": GLOSSARY_MEDIA_TYPES[format],
      "content-disposition": `attachment; filename="glossary.${format}"`,
      "cache-control": "no-store",
    },
  });
}

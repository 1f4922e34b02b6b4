import { getDb } from "@/lib/db/client";
import { exportGlossary, GLOSSARY_FORMATS, GLOSSARY_MEDIA_TYPES, type GlossaryFormat } from "@/lib/glossary/exchange";

export const dynamic = "force-dynamic";

/** GET /api/glossary/export?format=csv|tbx: the whole glossary as a download. */
export async function GET(request: Request): Promise<Response> {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!(GLOSSARY_FORMATS as readonly string[]).includes(format)) {
    return Response.json({ error: `format: must be one of ${GLOSSARY_FORMATS.join(", ")}` }, { status: 422 });
  }
  const body = await exportGlossary(getDb(), format as GlossaryFormat);
  return new Response(body, {
    headers: {
      "content-type": GLOSSARY_MEDIA_TYPES[format as GlossaryFormat],
      "content-disposition": `attachment; filename="glossary.${format}"`,
      "cache-control": "no-store",
    },
  });
}

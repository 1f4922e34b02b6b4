import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { foreignWriteReason } from "./lib/security/allowed-hosts";

const localize = createMiddleware(routing);

/** Methods that never write; every other one (server actions are POSTs) is checked. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Paths next-intl handles: everything but API routes, Next.js internals and files with an extension. */
const LOCALIZED_PATH = /^\/(?!api|_next|_vercel|.*\..*)/;

/**
 * Before Next.js sees a write, on any path: a request for another host name (DNS
 * rebinding) or from another site's page is answered 403 with one line saying why, not
 * run (Next.js would answer a cross-origin server action with a 500). Then next-intl's
 * locale routing.
 */
export default function proxy(request: NextRequest) {
  if (!SAFE_METHODS.has(request.method)) {
    const reason = foreignWriteReason({ host: request.headers.get("host"), origin: request.headers.get("origin") });
    if (reason) return NextResponse.json({ error: reason }, { status: 403 });
  }
  return LOCALIZED_PATH.test(request.nextUrl.pathname) ? localize(request) : NextResponse.next();
}

export const config = {
  // Every request but Next.js's static files: writes to API routes are checked too.
  matcher: "/((?!_next/static|_next/image).*)",
};

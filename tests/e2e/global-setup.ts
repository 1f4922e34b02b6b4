import { buildIfChanged } from "../../scripts/build-if-changed";
import { E2E_DIST_DIR, ROOT } from "./paths";

/**
 * Browser tests run against a production build in their own folder (so a developer's .next
 * is untouched), made again only when the sources changed since the last one, as `npm start`
 * does for .next.
 */
export default function globalSetup(): void {
  buildIfChanged(ROOT, { distDir: E2E_DIST_DIR, output: "pipe" });
}

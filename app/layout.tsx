import type { ReactNode } from "react";
// Page-wide styles, in this order: the base, then what the base lacks (shared colours, the
// library's introduction), then the dark scheme and print, which override it.
import "./globals.css";
import "./styles/tokens.css";
import "./styles/header.css";
import "./styles/library.css";
import "./styles/dark.css";
import "./styles/print.css";

// The <html> element lives in app/[locale]/layout.tsx, which knows the language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

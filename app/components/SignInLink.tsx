"use client";

import { usePathname } from "next/navigation";
import { Link } from "@/i18n/navigation";

/** "Sign in", coming back to this page afterwards. */
export function SignInLink({ label }: { label: string }) {
  const here = usePathname();
  if (here.endsWith("/sign-in")) return null;
  return (
    <Link href={{ pathname: "/sign-in", query: { next: here } }} className="sign-in-link">
      {label}
    </Link>
  );
}

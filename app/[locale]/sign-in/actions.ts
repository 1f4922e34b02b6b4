"use server";

import { getLocale } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { endSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { PEER_ADDRESS_HEADER, peerAddressOf } from "@/lib/security/peer-address";

export type SignInState =
  | { status: "idle" }
  | { status: "error"; reason: "invalid" | "disabled" }
  | { status: "error"; reason: "limited"; scope: "account" | "address"; minutes: number };

/**
 * Where to go after signing in or out: a path on this site only (a form field anyone can
 * set must not send people to another site), else the library.
 */
async function destination(next: FormDataEntryValue | null): Promise<string> {
  if (typeof next === "string" && /^\/(?![/\\])/.test(next) && !/[\s\\]/.test(next)) return next;
  return `/${await getLocale()}`;
}

/** Secure cookies when the page was reached over HTTPS (directly, or through a proxy that says so). */
async function overHttps(): Promise<boolean> {
  const h = await headers();
  return (h.get("origin") ?? "").startsWith("https:") || h.get("x-forwarded-proto") === "https";
}

/**
 * The sign-in form's action (proxy.ts has checked that the form is one of our pages, so
 * no other site can sign a browser in). Rate limits and the password check are in
 * lib/auth/sign-in.ts; the password goes nowhere else and is never logged.
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  if (!(form instanceof FormData)) return { status: "error", reason: "invalid" };
  // Stamped by server.ts from the socket, never taken from the client. Without server.ts
  // (`next start`, `next dev`) every client counts as the one address "unknown".
  const address = peerAddressOf((await headers()).get(PEER_ADDRESS_HEADER)) ?? "unknown";
  const result = await signIn(getDb(), { name: form.get("name"), password: form.get("password"), address });
  if (!result.ok) {
    if (result.reason === "limited") return { status: "error", reason: "limited", scope: result.scope, minutes: Math.ceil(result.retryAfterMs / 60_000) };
    return { status: "error", reason: result.reason };
  }
  (await cookies()).set(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: "lax", path: "/", expires: result.expiresAt, secure: await overHttps() });
  redirect(await destination(form.get("next")));
}

/** Ends this browser's session here and on every other app server (they share the session table). */
export async function signOutAction(form: FormData): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await endSession(getDb(), token);
  jar.delete(SESSION_COOKIE);
  redirect(await destination(form instanceof FormData ? form.get("next") : null));
}

"use client";

import type { WriteResult } from "@/app/server/write-action";

/** A write's answer, or "failed" when none came: the network dropped, or the action threw (an HTTP 500). */
export type WriteOutcome<T> = WriteResult<T> | { ok: false; code: "failed"; message: string };

/**
 * Calls a writing server action and never throws: an action that throws inside a React
 * transition would reach the error boundary ("This page couldn't load") and unmount the
 * editor with the person's text in it.
 */
export async function callWrite<T>(action: () => Promise<WriteResult<T>>): Promise<WriteOutcome<T>> {
  try {
    return await action();
  } catch (error) {
    return { ok: false, code: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

type Translate = (key: "forbidden" | "busy" | "saveFailed" | "conflict") => string;

/** What a person is told when a write did not happen, in the interface's language where it can be. */
export function failureMessage(outcome: Exclude<WriteOutcome<unknown>, { ok: true }>, t: Translate): string {
  switch (outcome.code) {
    case "forbidden":
      return t("forbidden");
    case "busy":
      return t("busy");
    case "failed":
      return t("saveFailed");
    case "conflict":
      return t("conflict");
    case "invalid":
      return outcome.message;
  }
}

/** Whether trying the same write again may succeed (nothing about it was refused). */
export const mayRetry = (outcome: WriteOutcome<unknown>) => !outcome.ok && (outcome.code === "busy" || outcome.code === "failed");

"use client";

import { useId, type FormEvent } from "react";
import { rowAnchor, rowHref } from "@/lib/reader/windows";

/**
 * A row by number. Without JavaScript the form asks the server for `?row=N`, which answers
 * with the window holding it; with it, a row of this window is scrolled to at once.
 */
export function GoToRow({ total, first, labels }: { total: number; first: number; labels: { label: string; go: string } }) {
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const value = Number(new FormData(event.currentTarget).get("row"));
    if (!Number.isInteger(value) || value < 1) return;
    event.preventDefault();
    const row = Math.min(value, total);
    const href = rowHref(row, first);
    if (href.startsWith("#") && document.getElementById(rowAnchor(row))) window.location.hash = rowAnchor(row);
    else window.location.assign(href);
  };
  return (
    <form className="go-to-row" method="get" onSubmit={submit}>
      <label htmlFor={id}>{labels.label}</label>
      <input id={id} name="row" type="number" min={1} max={total} inputMode="numeric" required />
      <button type="submit">{labels.go}</button>
    </form>
  );
}

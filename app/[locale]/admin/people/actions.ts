"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addAccount, resetPassword, setDisabled, setRole } from "@/lib/auth/accounts";
import { generatePassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { unknownAction } from "@/lib/validate";
import { idInput, parseInput } from "@/app/server/action-input";
import { userErrorText } from "@/app/server/user-error-text";
import { assertWriteAllowed, WriteForbiddenError } from "@/app/server/write-guard";

/** How a change on the People page went; a made-up password is shown this once. */
export type PeopleState =
  | { status: "idle" }
  | { status: "ok"; shown?: { name: string; password: string } }
  | { status: "error"; error: string }
  | { status: "forbidden" };

const accountId = z.coerce.number("must be a number").pipe(idInput);
const typed = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** The password typed, or one made up (and then shown once) when the field was left empty. */
function chosenPassword(form: FormData): { password: string; madeUp: boolean } {
  const password = typed(form.get("password"));
  return password ? { password, madeUp: false } : { password: generatePassword(), madeUp: true };
}

async function perform(form: FormData): Promise<PeopleState> {
  const db = getDb();
  const id = () => parseInput(accountId, form.get("id"), "id");
  switch (form.get("action")) {
    case "add": {
      const { password, madeUp } = chosenPassword(form);
      const account = await addAccount(db, { name: form.get("name"), role: form.get("role"), password });
      return { status: "ok", shown: madeUp ? { name: account.name, password } : undefined };
    }
    case "role":
      await setRole(db, id(), form.get("role"));
      return { status: "ok" };
    case "disable":
    case "enable":
      await setDisabled(db, id(), form.get("action") === "disable");
      return { status: "ok" };
    case "password": {
      const { password, madeUp } = chosenPassword(form);
      const account = await resetPassword(db, id(), password);
      return { status: "ok", shown: madeUp ? { name: account.name, password } : undefined };
    }
    default:
      throw unknownAction();
  }
}

/**
 * The People page's one server action: the form's `action` field names the change (add,
 * role, disable, enable, password). Only a signed-in admin may make it; the command line
 * (`npm run user`) does the same from the machine with the database.
 */
export async function peopleAction(_previous: PeopleState, form: FormData): Promise<PeopleState> {
  if (!(form instanceof FormData)) return { status: "error", error: "form: expected the People page's form fields" };
  try {
    await assertWriteAllowed("people");
    const state = await perform(form);
    revalidatePath("/[locale]/admin/people", "page");
    return state;
  } catch (error) {
    if (error instanceof WriteForbiddenError) return { status: "forbidden" };
    if (error instanceof UserError) return { status: "error", error: await userErrorText(error) };
    throw error;
  }
}

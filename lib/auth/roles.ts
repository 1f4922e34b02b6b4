import { UserError } from "../errors";

/** An account's role: readers read and export, editors also write the texts, admins also manage people. */
export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a write needs. `edit`: English texts and their history; `align`: alignment edits
 * and undo; `import`: articles and translation files; `glossary`: entries, variants and
 * candidates; `glossaryImport`: a whole glossary file; `people`: accounts.
 */
export const PERMISSIONS = ["edit", "align", "import", "glossary", "glossaryImport", "people"] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EDITOR: readonly Permission[] = ["edit", "align", "import", "glossary"];
const GRANTS: Record<Role, readonly Permission[]> = {
  reader: [],
  editor: EDITOR,
  admin: [...EDITOR, "glossaryImport", "people"],
};

export const roleMay = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);

/** The least role that grants `permission`. */
export const roleFor = (permission: Permission): Role => ROLES.find((role) => roleMay(role, permission))!;

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** A role given by a form or a command line; the error names the field and the choices. */
export function parseRole(value: unknown, field = "role"): Role {
  if (isRole(value)) return value;
  const choices = ROLES.join(", ");
  throw new UserError({ code: "invalidChoice", field, value: String(value), values: { choices }, problem: `not a role (${choices})` });
}

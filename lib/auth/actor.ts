/**
 * Who made a write, as stored beside it (Revision, AlignmentChange, DocumentImport,
 * GlossaryChange): a signed-in account; the EDITOR_TOKEN (scripts and proxies); `local`,
 * the browser on the machine running the reader when no account exists; or `command`, a
 * command-line tool run on a machine with the database.
 */
export type Actor = { kind: "user"; userId: number } | { kind: "token" } | { kind: "local" } | { kind: "command" };
export type ActorKind = Actor["kind"];

/** What the command-line tools write as: they reach the database directly, not through the app. */
export const COMMAND_ACTOR: Actor = { kind: "command" };

/** The columns that record an actor. */
export const actorColumns = (actor: Actor): { actor: ActorKind; userId: number | null } => ({
  actor: actor.kind,
  userId: actor.kind === "user" ? actor.userId : null,
});

/** Who wrote something, as history shows it: the account's name, or only the way of writing. */
export interface Author {
  kind: ActorKind;
  /** The account's name when `kind` is user. */
  name: string | null;
}

/**
 * A stored actor as an Author; null for rows written before actors were recorded (or a
 * value this code does not know).
 */
export function authorOf(actor: string | null, user: { name: string } | null): Author | null {
  if (actor === "user") return { kind: "user", name: user?.name ?? null };
  if (actor === "token" || actor === "local" || actor === "command") return { kind: actor, name: null };
  return null;
}

import { providerOf, type Provider } from "../url";
import { sqliteDialect } from "./sqlite";
import type { Dialect } from "./types";

export type { Dialect } from "./types";

/**
 * The dialect of a provider or a database URL. PostgreSQL's module (and with it `pg`) is
 * loaded on first use only, so that SQLite users never load it.
 */
export function dialectFor(providerOrUrl: Provider | string): Dialect {
  const provider = providerOrUrl === "sqlite" || providerOrUrl === "postgresql" ? providerOrUrl : providerOf(providerOrUrl);
  if (provider === "sqlite") return sqliteDialect;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load
  return (require("./postgresql") as typeof import("./postgresql")).postgresqlDialect;
}

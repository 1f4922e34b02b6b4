import { providerOf, type Provider } from "../url";
import { postgresqlDialect } from "./postgresql";
import { sqliteDialect } from "./sqlite";
import type { Dialect } from "./types";

export type { Dialect } from "./types";

/**
 * The dialect of a provider or a database URL. Both are imported (a lazy require of the
 * PostgreSQL one came out undefined from the app's bundler).
 */
export function dialectFor(providerOrUrl: Provider | string): Dialect {
  const provider = providerOrUrl === "sqlite" || providerOrUrl === "postgresql" ? providerOrUrl : providerOf(providerOrUrl);
  if (provider === "sqlite") return sqliteDialect;
  return postgresqlDialect;
}

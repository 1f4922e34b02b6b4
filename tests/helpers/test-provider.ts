import { providerOf, type Provider } from "../../lib/db/url";

/**
 * The server and database `npm test` prepares for the PostgreSQL half of the tests
 * (scripts/test-setup.mjs); TEST_POSTGRES_URL names another one.
 */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://vis_a_vis:vis_a_vis@127.0.0.1:5432/vis_a_vis_test";

const postgresDatabaseUrl = (): string | undefined => {
  const url = process.env.DATABASE_URL?.trim();
  return url && providerOf(url) === "postgresql" ? url : undefined;
};

/**
 * The provider temporary databases use: jest.config.js sets TEST_DATABASE_PROVIDER for
 * each project; benchmarks (which set nothing) follow DATABASE_URL.
 */
export function testProvider(): Provider {
  const chosen = process.env.TEST_DATABASE_PROVIDER;
  if (chosen === "sqlite" || chosen === "postgresql") return chosen;
  return postgresDatabaseUrl() ? "postgresql" : "sqlite";
}

/** The server and database where temporary PostgreSQL schemas are made. */
export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL || (process.env.TEST_DATABASE_PROVIDER ? undefined : postgresDatabaseUrl()) || DEFAULT_TEST_POSTGRES_URL;
}

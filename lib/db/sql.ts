// Prisma's tagged SQL and its helpers (Prisma.sql, join, raw, Sql) for raw queries in the
// rest of lib. Only lib/db imports the generated clients (tests/architecture checks it):
// which client is generated where, one per provider, is this folder's business. These
// helpers build the same SQL objects for either provider's client.
export { Prisma } from "../generated/prisma/client";

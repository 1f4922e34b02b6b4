// The types of stored rows, for lib code that passes whole rows around (most code selects
// the fields it needs and lets the client infer them). Only lib/db imports the generated
// clients; both providers' have these very types.
export type { Document } from "../generated/prisma/client";

/** The kinds of glossary entry; kept free of zod so that client components can import it. */
export const GLOSSARY_KINDS = ["person", "place", "organization", "other"] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

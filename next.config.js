// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers are loaded by Node, never bundled: better-sqlite3 is a native module,
  // and pg (with its adapter) is required only when DATABASE_URL names PostgreSQL.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  // Browser tests build into their own folder so that a running `next dev` is untouched.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // The import page sends an article and its English in one server action; each file may
    // be as large as the command line takes (64 MB, lib/import/import-limits.ts), so a body
    // holds two such files and the form's other fields. Larger bodies are refused by Next.js
    // before any action runs; the actions check each file's own limit (and write access) first.
    serverActions: { bodySizeLimit: "129mb" },
    // proxy.ts sees every request, and Next.js buffers a body for it up to this size only
    // (10 MB by default), cutting larger uploads short: the same limit as above.
    proxyClientMaxBodySize: "129mb",
  },
};

module.exports = withNextIntl(nextConfig);

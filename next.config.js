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
};

module.exports = withNextIntl(nextConfig);

// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native module: it must be loaded by Node, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // Browser tests build into their own folder so that a running `next dev` is untouched.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
};

module.exports = withNextIntl(nextConfig);

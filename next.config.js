/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets a second build live beside the main one (parallel test runs on one machine).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native module: load it from node_modules at run time, don't bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // A tenant document uploaded from the console can be several megabytes (10,000 users).
  // NEXT_SERVER_MINIFY=0 keeps server function names readable in a CPU profile (bench:api, README "Performance").
  experimental: { serverActions: { bodySizeLimit: "25mb" }, serverMinification: process.env.NEXT_SERVER_MINIFY !== "0" },
};

module.exports = nextConfig;
